using System.Collections.Immutable;
using MdpDsl.Generator.Parsing;
using MdpDsl.Generator.Parsing.Bodies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.Analyzers;

/// <summary>
/// MDP007: reports constant probabilities of the <c>[Transition]</c> or <c>[Initial]</c> distribution that are
/// negative or do not sum to 1, in arrays, collection expressions and the paths of <c>yield return</c>s.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProbabilityAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Diagnostics.BadProbabilities);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ModelBodyActions.Register(context, new[] { MetadataNames.Transition, MetadataNames.Initial }, static (distribution, body) =>
            ProbabilityRule.Check(distribution.Member, body));
    }
}
