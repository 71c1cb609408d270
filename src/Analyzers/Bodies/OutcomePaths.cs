using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MdpDsl.Analyzers.Bodies;

/// <summary>
/// The ways an iterator body can run from its start to its end, each with the <c>yield return</c>s along it:
/// enough to add up the probabilities of one (state, action). It follows blocks, <c>if</c>/<c>else</c> and
/// <c>yield break</c>; a loop, <c>switch</c>, <c>try</c> or jump that holds a <c>yield</c> makes the count of
/// outcomes unknowable without running the code, so then it gives up, as it does past <see cref="MaxPaths"/>.
/// </summary>
internal static class YieldPaths
{
    /// <summary>Enough for a dozen independent <c>if</c>s; beyond that the answer is not worth the time.</summary>
    private const int MaxPaths = 64;

    /// <summary>The yields of each path through the body, or null when the paths cannot be followed.</summary>
    public static List<ImmutableArray<IReturnOperation>>? Of(IEnumerable<IOperation> body)
    {
        var walk = new Walk();
        var start = new List<ImmutableArray<IReturnOperation>> { ImmutableArray<IReturnOperation>.Empty };
        var statements = body.Select(Block).Where(block => block is not null).SelectMany(block => block!.Operations);
        var open = walk.Run(statements, start);
        walk.Finished.AddRange(open);
        return walk.Failed ? null : walk.Finished;
    }

    /// <summary>A method's block body; an analyzer is handed the block itself, the generator the whole method body.</summary>
    private static IBlockOperation? Block(IOperation root) => root switch
    {
        IMethodBodyOperation method => method.BlockBody,
        IBlockOperation block => block,
        _ => null,
    };

    private sealed class Walk
    {
        public List<ImmutableArray<IReturnOperation>> Finished { get; } = new();

        public bool Failed { get; private set; }

        /// <summary>Runs the paths still open through <paramref name="statements"/>; returns those still open after them.</summary>
        public List<ImmutableArray<IReturnOperation>> Run(IEnumerable<IOperation> statements, List<ImmutableArray<IReturnOperation>> open)
        {
            foreach (var statement in statements)
            {
                if (Failed || open.Count == 0)
                    return open;
                open = Step(statement, open);
                Failed |= open.Count + Finished.Count > MaxPaths;
            }
            return open;
        }

        private List<ImmutableArray<IReturnOperation>> Step(IOperation statement, List<ImmutableArray<IReturnOperation>> open)
        {
            switch (statement)
            {
                case IReturnOperation { Kind: OperationKind.YieldReturn } yield:
                    return open.Select(path => path.Add(yield)).ToList();
                case IReturnOperation { Kind: OperationKind.YieldBreak }:
                    Finished.AddRange(open);
                    return new List<ImmutableArray<IReturnOperation>>();
                case IBlockOperation block:
                    return Run(block.Operations, open);
                case IConditionalOperation branch:
                    return Branch(branch, open);
                case ILocalFunctionOperation:
                    return open;
                case var _ when !ContainsYield(statement):
                    return open;
                default:
                    Failed = true;
                    return open;
            }
        }

        /// <summary>An <c>if</c>: both branches, unless the condition is a constant.</summary>
        private List<ImmutableArray<IReturnOperation>> Branch(IConditionalOperation branch, List<ImmutableArray<IReturnOperation>> open)
        {
            var taken = branch.Condition.ConstantValue is { HasValue: true, Value: bool constant } ? constant : (bool?)null;
            var whenTrue = taken == false ? new List<ImmutableArray<IReturnOperation>>() : Run(new[] { branch.WhenTrue }, open);
            var whenFalse = taken == true ? new List<ImmutableArray<IReturnOperation>>()
                : branch.WhenFalse is null ? open
                : Run(new[] { branch.WhenFalse }, open);
            return whenTrue.Concat(whenFalse).ToList();
        }

        private static bool ContainsYield(IOperation statement) =>
            ReturnedValues.OwnOperations(new[] { statement }).Any(o => o.Kind is OperationKind.YieldReturn or OperationKind.YieldBreak);
    }
}
