using System.Collections.Immutable;
using System.Linq;
using MdpDsl.Generator.Parsing;
using MdpDsl.Analyzers.Bodies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.Analyzers;

/// <summary>
/// MDP006: under <c>Likelihood = Optimality.Exponential</c>, reports a <c>[Reward]</c> whose expected reward
/// r(s, a) the compiler proves positive (<see cref="PositiveRewardRule"/>). What it cannot prove, <c>Compile()</c>
/// checks at run time by the same rule.
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
        ModelBodyActions.Register(context, static known => new[] { known.Reward }, static (reward, body) =>
            ModelSettings.Read(reward.Model, reward.Known) is { Exponential: true }
                ? PositiveRewardRule.Check(reward.Member, body, ofTransition: reward.Member is IMethodSymbol { Parameters.Length: 3 })
                : Enumerable.Empty<Diagnostic>());
    }
}
