using System;
using System.Threading;
using MdpDsl.Foundation;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// Modified policy iteration (Puterman 1994, §6.5): a greedy improvement on the current values, then m Jacobi
/// sweeps of that policy alone, each reading one action's row per state instead of all of them. It stops by value
/// iteration's rule on the improvement step: with γ &lt; 1, once half the spread of d = T v − v is below ε(1 − γ)/2γ,
/// and the result is T v shifted by γ/(1 − γ) times the middle of d, within ε/2 of V* by the bounds of MacQueen and
/// Porteus (see <see cref="DynamicProgramming.FixedPoint"/>); with γ = 1, once ‖T v − v‖∞ &lt; ε. A finite horizon
/// is solved exactly by backward induction.
/// </summary>
internal static class ModifiedPolicyIteration
{
    public static DynamicProgrammingResult Solve(
        TransitionTable table, double discount, int? horizon, int evaluationSweeps, double tolerance, int maxIterations,
        Func<int, object?> describeState, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        if (evaluationSweeps < 1)
            throw new ArgumentOutOfRangeException(nameof(evaluationSweeps), evaluationSweeps, "At least one evaluation sweep per improvement is needed; with one, the method is value iteration.");
        SolverArguments.CheckTolerance(tolerance, maxIterations);
        if (horizon is { } steps)
            return DynamicProgramming.BackwardInduction(table, discount, new MaxBackup(), steps, describeState, progress, cancellationToken).WithContractionBound(discount);

        var threshold = DynamicProgramming.StoppingThreshold(discount, tolerance);
        var values = StartingValues(table, discount);
        var next = new double[values.Length];
        var choice = PolicyImprovement.Myopic(table);
        // Without discounting, the values before each improvement and its sweeps, to recognize values that grow without bound.
        var growth = discount == 1 ? new DynamicProgramming.GrowthDetector(table, lowerPolicy: null, "improvement") : null;
        var before = growth is null ? null : new double[table.StateCount];
        var residual = double.PositiveInfinity;
        var changes = default(ChangeRange);
        var iterations = 0;
        var converged = false;
        while (iterations < maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (_, changes) = PolicyImprovement.Improve(table, discount, values, choice, margin: 0);
            residual = discount < 1 ? changes.HalfSpread : changes.Largest;
            iterations++;
            if (!double.IsFinite(residual))
                throw DynamicProgramming.Diverged(values, iterations, describeState, "improvement");
            progress?.Report(new SolverProgress(iterations, residual, threshold));
            if (residual <= Math.Max(threshold, DynamicProgramming.RoundingFloor(values)))
            {
                converged = true;
                break;
            }
            // Out of improvements: the values stay those the last improvement measured, so that its bounds apply to them.
            if (iterations == maxIterations)
                break;
            if (before is not null)
                values.CopyTo(before, 0);
            // The first sweep of the improved policy is the full backup T v (the greedy action attains the maximum);
            // m more evaluate the policy further.
            for (var sweep = 0; sweep <= evaluationSweeps; sweep++)
            {
                RowSweeps.FixedPolicy(table, discount, choice, values, next);
                (values, next) = (next, values);
            }
            growth?.Check(before!, values, iterations, describeState, DynamicProgramming.EndingAdvice);
        }

        // T(v + c) = T v + γc: shifting v by middle/(1 − γ) makes the stage's backup the shifted T v of the bounds.
        if (discount < 1)
            DynamicProgramming.Shift(table, values, changes.Middle / (1 - discount));
        var stage = DynamicProgramming.Stage(table, discount, new MaxBackup(), values, iterations, describeState);
        return new DynamicProgrammingResult(new[] { stage }, null, converged, iterations, residual).WithContractionBound(discount);
    }

    /// <summary>
    /// With γ &lt; 1, v₀ = min(0, min r)/(1 − γ) on the non-terminal states: then T v₀ ≥ v₀, and the iterates rise
    /// monotonically to V* (Puterman, §6.5.2). Without discounting, v₀ = 0, where value iteration starts too.
    /// </summary>
    private static double[] StartingValues(TransitionTable table, double discount)
    {
        var values = new double[table.StateCount];
        if (discount == 1)
            return values;
        var lowest = 0.0;
        for (var pair = 0; pair < table.Rewards.Length; pair++)
        {
            if (table.Allowed[pair])
                lowest = Math.Min(lowest, table.Rewards[pair]);
        }
        for (var s = 0; s < values.Length; s++)
            values[s] = table.Terminal[s] ? 0 : lowest / (1 - discount);
        return values;
    }
}
