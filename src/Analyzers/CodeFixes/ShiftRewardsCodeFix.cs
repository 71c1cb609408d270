using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MdpDsl.Generator.Parsing;
using MdpDsl.Analyzers.Bodies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Analyzers.CodeFixes;

/// <summary>
/// MDP006: rewrites a reward whose every value is a constant as r − r_max, so that the largest reward becomes 0 and
/// exp(r) a probability. Subtracting one constant from every reward keeps the optimal policy of a discounted model
/// without terminal states and of a fixed horizon; with terminal states it makes ending sooner more attractive,
/// which the help page explains.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ShiftRewardsCodeFix)), Shared]
public sealed class ShiftRewardsCodeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Diagnostics.PositiveReward.Id);

    private protected override string Fix => Diagnostics.FixShiftRewards;

    private protected override string Title(Diagnostic diagnostic) =>
        $"Subtract the largest reward ({diagnostic.Properties[Diagnostics.MaxRewardProperty]}) from every reward";

    private protected override async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
            return document;
        // Every positive value of a reward has its own diagnostic, and each asks for the same rewrite of that reward.
        var rewards = diagnostics
            .Select(d => Enclosing(root, d).OfType<MethodDeclarationSyntax>().FirstOrDefault())
            .OfType<MethodDeclarationSyntax>()
            .Distinct();
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var reward in rewards)
        {
            if (semanticModel.GetOperation(reward, cancellationToken) is { } body)
                AddShift(ReturnedValues.Of(new[] { body }).ToList(), replacements);
        }
        return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }

    /// <summary>Replaces each value with itself minus the largest, when all of them are constants (as the analyzer found).</summary>
    private static void AddShift(List<IOperation> values, Dictionary<SyntaxNode, SyntaxNode> replacements)
    {
        var numbers = values.Select(ConstantNumbers.Of).ToList();
        if (numbers.Count == 0 || numbers.Any(n => n is null))
            return;
        var max = numbers.Max()!.Value;
        for (var i = 0; i < values.Count; i++)
            replacements[values[i].Syntax] = Number(Subtract(numbers[i]!.Value, max)).WithTriviaFrom(values[i].Syntax);
    }

    /// <summary>
    /// <paramref name="value"/> − <paramref name="max"/>, in decimal where it fits, so that 0.1 − 0.3 reads −0.2 and
    /// not −0.19999999999999998.
    /// </summary>
    private static string Subtract(double value, double max)
    {
        try
        {
            return ((decimal)value - (decimal)max).ToString(CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return ConstantNumbers.Format(value - max);
        }
    }

    /// <summary>The number as C# would parse it: an int literal stays an int literal, a minus a unary minus.</summary>
    private static ExpressionSyntax Number(string text) => SyntaxFactory.ParseExpression(text);
}
