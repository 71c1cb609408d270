using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Analyzers.CodeFixes;

/// <summary>
/// MDP008 and MDP011: sets <c>Discount = 0.99</c> on <c>[Mdp]</c>, for a discount outside (0, 1] or an undiscounted model
/// that never ends. 0.99 keeps almost all of the future while making every value finite.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DiscountCodeFix)), Shared]
public sealed class DiscountCodeFix : DocumentCodeFix
{
    private const string Discount = "Discount";
    private const double Value = 0.99;

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Diagnostics.BadSetting.Id, Diagnostics.UndiscountedEndless.Id);

    private protected override string Fix => Diagnostics.FixDiscount;

    private protected override string Title(Diagnostic diagnostic) => $"Set {Discount} = {Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private protected override async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
            return document;
        var attributes = diagnostics
            .Select(d => Enclosing(root, d).OfType<AttributeSyntax>().FirstOrDefault())
            .OfType<AttributeSyntax>()
            .Distinct();
        return document.WithSyntaxRoot(root.ReplaceNodes(attributes, (_, edited) => WithDiscount(edited)));
    }

    private static AttributeSyntax WithDiscount(AttributeSyntax attribute)
    {
        var value = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(Value));
        var existing = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == Discount);
        if (existing is not null)
            return attribute.ReplaceNode(existing.Expression, value.WithTriviaFrom(existing.Expression));
        var argument = SyntaxFactory.AttributeArgument(value)
            .WithNameEquals(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(Discount)));
        return attribute.AddArgumentListArguments(argument);
    }
}
