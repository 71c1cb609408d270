using System.Collections.Generic;
using System.Collections.Immutable;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.Analyzers;

/// <summary>
/// MDP009: a <c>[Reward]</c> or <c>[Transition]</c> must describe the model, not sample it. Reports each use of
/// randomness, the clock or I/O in their bodies, lambdas and local functions included; what they call is not
/// followed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeterminismAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Diagnostics.Nondeterministic);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ModelBodyActions.Register(context, new[] { MetadataNames.Reward, MetadataNames.Transition }, Check);
    }

    private static IEnumerable<Diagnostic> Check(ModelMember member, ImmutableArray<IOperation> body)
    {
        var pending = new Stack<IOperation>(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            // The outermost use is the one to show: Random.Shared.NextDouble(), not also its Random.Shared.
            if (NondeterministicApis.Use(operation) is { } use)
            {
                yield return Diagnostic.Create(Diagnostics.Nondeterministic, operation.Syntax.GetLocation(), Message(member, use));
                continue;
            }
            foreach (var child in operation.ChildOperations)
                pending.Push(child);
        }
    }

    private static string Message(ModelMember member, NondeterministicUse use)
    {
        var isReward = TypeNames.HasAttribute(member.Member, MetadataNames.Reward);
        var what = use.Influence switch
        {
            Influence.Randomness => $"samples randomness through '{use.Api}': Compile() calls it once per (state, action) and keeps one draw, so the model would hold a frozen sample",
            Influence.Clock => $"reads the clock through '{use.Api}': Compile() calls it once per (state, action), so the model would depend on when it was compiled",
            _ => $"does I/O through '{use.Api}': Compile() calls it once per (state, action), so the model would depend on the outside world and repeat that I/O for every pair",
        };
        var instead = isReward
            ? "compute the reward from the state, action and next state alone"
            : "yield every outcome with its probability";
        return $"The {(isReward ? "[Reward]" : "[Transition]")} '{member.Member.Name}' {what}; {instead}, and pass anything outside in as a model parameter";
    }
}
