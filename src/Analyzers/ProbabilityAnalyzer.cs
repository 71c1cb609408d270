using System.Collections.Immutable;
using MdpDsl.Generator.Parsing;
using MdpDsl.Analyzers.Bodies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.Analyzers;

/// <summary>
/// MDP019 and MDP007: reports constant probabilities of the <c>[Transition]</c> or <c>[Initial]</c> distribution
/// outside [0, 1], or that do not sum to 1, in arrays, collection expressions and the paths of <c>yield return</c>s or
/// of a <c>Successors&lt;S&gt;</c>'s <c>Add</c> calls.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProbabilityAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Diagnostics.BadProbabilitySum, Diagnostics.BadProbability);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ModelBodyActions.Register(context, static known => new[] { known.Transition, known.Initial }, static (distribution, body) =>
            ProbabilityRule.Check(distribution.Member, body, distribution.Known.Successors));
    }
}
