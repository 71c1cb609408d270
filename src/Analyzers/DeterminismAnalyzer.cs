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
        ModelBodyActions.Register(context, static known => new[] { known.Reward, known.Transition }, Check);
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
                yield return Diagnostic.Create(Diagnostics.Nondeterministic, operation.Syntax.GetLocation(),
                    SymbolEqualityComparer.Default.Equals(member.Role, member.Known.Reward) ? "[Reward]" : "[Transition]",
                    member.Member.Name,
                    Influence(use.Influence),
                    use.Api);
                continue;
            }
            foreach (var child in operation.ChildOperations)
                pending.Push(child);
        }
    }

    private static string Influence(Influence influence) => influence switch
    {
        Analyzers.Influence.Randomness => "randomness",
        Analyzers.Influence.Clock => "the clock",
        _ => "I/O",
    };
}
