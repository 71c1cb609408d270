using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MdpDsl.Analyzers.Bodies;

/// <summary>
/// The ways a body can run from its start to its end, each with the outcome statements along it: the
/// <c>yield return</c>s of an iterator, or the <c>next.Add(…)</c> calls of a transition that fills a
/// <c>Successors&lt;S&gt;</c>. Enough to add up the probabilities of one (state, action). It follows blocks,
/// <c>if</c>/<c>else</c> and what ends a path early (<c>yield break</c>, or <c>return</c> in a sink); a loop,
/// <c>switch</c>, <c>try</c> or jump that holds an outcome makes the count of outcomes unknowable without running the
/// code, so then it gives up, as it does past <see cref="MaxPaths"/>.
/// </summary>
internal static class OutcomePaths
{
    /// <summary>Enough for a dozen independent <c>if</c>s; beyond that the answer is not worth the time.</summary>
    private const int MaxPaths = 64;

    /// <summary>The <c>yield return</c>s of each path through an iterator, or null when the paths cannot be followed.</summary>
    public static List<ImmutableArray<IOperation>>? OfYields(IEnumerable<IOperation> body) =>
        Of(body, new Shape(
            static statement => statement.Kind == OperationKind.YieldReturn,
            static statement => statement.Kind == OperationKind.YieldBreak));

    /// <summary>
    /// The <c>Add</c> calls on <paramref name="sink"/> of each path through a transition that fills it, as their
    /// invocations, or null when the paths cannot be followed.
    /// </summary>
    public static List<ImmutableArray<IOperation>>? OfAdds(IEnumerable<IOperation> body, IParameterSymbol sink) =>
        Of(body, new Shape(
            statement => AddOn(statement, sink) is not null,
            static statement => statement is IReturnOperation { Kind: OperationKind.Return }));

    /// <summary>The call <c>sink.Add(…)</c> that <paramref name="statement"/> makes, if that is what it is.</summary>
    public static IInvocationOperation? AddOn(IOperation statement, IParameterSymbol sink) =>
        statement is IExpressionStatementOperation
        {
            Operation: IInvocationOperation { TargetMethod.Name: "Add", Instance: IParameterReferenceOperation reference } call,
        } && SymbolEqualityComparer.Default.Equals(reference.Parameter, sink)
            ? call
            : null;

    private static List<ImmutableArray<IOperation>>? Of(IEnumerable<IOperation> body, Shape shape)
    {
        var walk = new Walk(shape);
        var start = new List<ImmutableArray<IOperation>> { ImmutableArray<IOperation>.Empty };
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

    /// <summary>Which statements are outcomes and which end a path before the body's end.</summary>
    private sealed record Shape(Func<IOperation, bool> IsOutcome, Func<IOperation, bool> EndsPath);

    private sealed class Walk
    {
        private readonly Shape _shape;

        public Walk(Shape shape) => _shape = shape;

        public List<ImmutableArray<IOperation>> Finished { get; } = new();

        public bool Failed { get; private set; }

        /// <summary>Runs the paths still open through <paramref name="statements"/>; returns those still open after them.</summary>
        public List<ImmutableArray<IOperation>> Run(IEnumerable<IOperation> statements, List<ImmutableArray<IOperation>> open)
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

        private List<ImmutableArray<IOperation>> Step(IOperation statement, List<ImmutableArray<IOperation>> open)
        {
            switch (statement)
            {
                case var _ when _shape.IsOutcome(statement):
                    return open.Select(path => path.Add(statement)).ToList();
                case var _ when _shape.EndsPath(statement):
                    Finished.AddRange(open);
                    return new List<ImmutableArray<IOperation>>();
                case IBlockOperation block:
                    return Run(block.Operations, open);
                case IConditionalOperation branch:
                    return Branch(branch, open);
                case ILocalFunctionOperation:
                    return open;
                case var _ when !ContainsOutcome(statement):
                    return open;
                default:
                    Failed = true;
                    return open;
            }
        }

        /// <summary>An <c>if</c>: both branches, unless the condition is a constant.</summary>
        private List<ImmutableArray<IOperation>> Branch(IConditionalOperation branch, List<ImmutableArray<IOperation>> open)
        {
            var taken = branch.Condition.ConstantValue is { HasValue: true, Value: bool constant } ? constant : (bool?)null;
            var whenTrue = taken == false ? new List<ImmutableArray<IOperation>>() : Run(new[] { branch.WhenTrue }, open);
            var whenFalse = taken == true ? new List<ImmutableArray<IOperation>>()
                : branch.WhenFalse is null ? open
                : Run(new[] { branch.WhenFalse }, open);
            return whenTrue.Concat(whenFalse).ToList();
        }

        /// <summary>Whether an outcome, or an early end, stands anywhere inside <paramref name="statement"/>.</summary>
        private bool ContainsOutcome(IOperation statement) =>
            ReturnedValues.OwnOperations(new[] { statement }).Any(o => _shape.IsOutcome(o) || _shape.EndsPath(o));
    }
}
