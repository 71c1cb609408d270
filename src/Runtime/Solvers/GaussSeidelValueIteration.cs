using System;
using System.Threading;
using MdpDsl.Foundation;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// Gauss–Seidel value iteration (Puterman 1994, ch. 6): sweeps in place in state-index order, so that each backup
/// already reads the new values of the states before it. Index order is the generator's mixed-radix order, in which
/// a grid-like model's neighbours sit at small, fixed index offsets before and after a state: information travels
/// from lower to higher indices across the whole grid within one sweep instead of one step per sweep, and the sweep
/// reads the table and the values in memory order. No reordering pass is paid for. The Gauss–Seidel operator is a
/// γ-contraction in the maximum norm like the Jacobi one, so the classical rule applies (the spread bounds of value iteration do not, since a sweep in place is not T(v + c) = T v + γc): a sweep that changes no value by
/// more than ε(1 − γ)/2γ leaves V within ε/2 of V*. Sequential: a parallel sweep would read values that other
/// threads are writing, and its result would depend on timing.
/// </summary>
internal static class GaussSeidelValueIteration
{
    public static DynamicProgrammingResult Solve(
        TransitionTable table, double discount, int? horizon, double tolerance, int maxIterations,
        Func<int, object?> describeState, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        SolverArguments.CheckTolerance(tolerance, maxIterations);
        if (horizon is { } steps)
            return DynamicProgramming.BackwardInduction(table, discount, new MaxBackup(), steps, describeState, progress, cancellationToken).WithContractionBound(discount);

        var threshold = DynamicProgramming.StoppingThreshold(discount, tolerance);
        var values = new double[table.StateCount];
        // Without discounting, the values before each sweep, to recognize values that grow without bound.
        var growth = discount == 1 ? new DynamicProgramming.GrowthDetector(table, lowerPolicy: null) : null;
        var before = growth is null ? null : new double[table.StateCount];
        var residual = double.PositiveInfinity;
        var iterations = 0;
        var converged = false;
        while (iterations < maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (before is not null)
                values.CopyTo(before, 0);
            residual = RowSweeps.GaussSeidel(table, discount, new MaxBackup(), values);
            iterations++;
            if (!double.IsFinite(residual))
                throw DynamicProgramming.Diverged(values, iterations, describeState, "sweep");
            growth?.Check(before!, values, iterations, describeState, DynamicProgramming.EndingAdvice);
            progress?.Report(new SolverProgress(iterations, residual, threshold));
            if (residual <= Math.Max(threshold, DynamicProgramming.RoundingFloor(values)))
            {
                converged = true;
                break;
            }
        }

        var stage = DynamicProgramming.Stage(table, discount, new MaxBackup(), values, iterations, describeState);
        return new DynamicProgrammingResult(new[] { stage }, null, converged, iterations, residual).WithContractionBound(discount);
    }
}
