using System.Collections.Immutable;
using System.Linq;
using MdpDsl.Generator.Parsing;
using MdpDsl.Generator.Parsing.Bodies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.Analyzers;

/// <summary>
/// MDP006: under <c>Likelihood = Optimality.Exponential</c>, reports each value of the <c>[Reward]</c> that the
/// compiler folds to a positive constant. What it cannot fold, <c>Compile()</c> checks at run time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PositiveRewardAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Diagnostics.PositiveReward);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ModelBodyActions.Register(context, new[] { MetadataNames.Reward }, static (reward, body) =>
            ModelSettings.Read(reward.Model) is { Exponential: true }
                ? PositiveRewardRule.Check(reward.Member, body)
                : Enumerable.Empty<Diagnostic>());
    }
}
