using System.Threading;
using System;
using MdpDsl.Foundation;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// Value iteration: Q(s, a) = r(s, a) + γ Σ p(s'|s, a) V(s'), V(s) = max_a Q(s, a), with the greedy policy.
/// Discounted models iterate to the ε(1 − γ)/2γ stopping rule; finite horizons use backward induction.
/// </summary>
internal static class ValueIteration
{
    public static DynamicProgrammingResult Solve(
        TransitionTable table, double discount, int? horizon, double tolerance, int maxIterations,
        Func<int, object?> describeState, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        SolverArguments.CheckTolerance(tolerance, maxIterations);
        var result = horizon is { } steps
            ? DynamicProgramming.BackwardInduction(table, discount, new MaxBackup(), steps, describeState, progress, cancellationToken)
            : DynamicProgramming.FixedPoint(table, discount, new MaxBackup(), tolerance, maxIterations, describeState, progress, cancellationToken);
        return result.WithContractionBound(discount);
    }
}
