using System;
using System.Threading;
using MdpDsl.Foundation;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// Interval (sound) value iteration (Haddad and Monmege 2018; Baier et al. 2017, as in Storm): value iteration from a
/// lower bound L₀ ≤ V* and an upper bound U₀ ≥ V* at once. The Bellman operator is monotone and V* = T V*, so
/// T^k L₀ ≤ V* ≤ T^k U₀ at every k: the gap between the two bounds is a proven error bound, whereas a small change per
/// sweep is not (a slow chain moves by little per sweep while still far from its limit).
/// </summary>
/// <remarks>
/// Starting bounds. With γ &lt; 1: min(0, min r)/(1 − γ) and max(0, max r)/(1 − γ). With γ = 1 the rewards must be
/// costs, r ≤ 0 on every allowed pair, so that U₀ = 0; L₀ bounds from below the value of a policy that ends the
/// episode from every state (see <see cref="LowerBound"/>), which V* cannot undercut. The bounds meet when
/// every loop that avoids the terminal states costs something; a loop of zero reward keeps the gap open, which the
/// result reports as not converged, with the gap as its (still valid) bound.
/// </remarks>
internal static class IntervalValueIteration
{
    public static DynamicProgrammingResult Solve(
        TransitionTable table, double discount, int? horizon, double tolerance, int maxIterations,
        Func<int, object?> describeState, Func<int, object?> describeAction, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        SolverArguments.CheckTolerance(tolerance, maxIterations);
        if (horizon is { } steps)
            return DynamicProgramming.BackwardInduction(table, discount, new MaxBackup(), steps, describeState, progress, cancellationToken).WithContractionBound(discount);

        var (lower, upper) = discount < 1
            ? DiscountedBounds(table, discount)
            : UndiscountedBounds(table, describeState, describeAction, cancellationToken);
        var nextLower = new double[lower.Length];
        var nextUpper = new double[upper.Length];
        var gap = Gap(lower, upper);
        var iterations = 0;
        var converged = false;
        while (iterations < maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Sweeper<MaxBackup>.Sweep(table, discount, new MaxBackup(), lower, nextLower);
            Sweeper<MaxBackup>.Sweep(table, discount, new MaxBackup(), upper, nextUpper);
            (lower, nextLower) = (nextLower, lower);
            (upper, nextUpper) = (nextUpper, upper);
            gap = Gap(lower, upper);
            iterations++;
            progress?.Report(new SolverProgress(iterations, gap, tolerance));
            if (gap <= Math.Max(tolerance, DynamicProgramming.RoundingFloor(upper)))
            {
                converged = true;
                break;
            }
        }

        // The values are one backup of the midpoint, so that V, Q and π agree as in every other solver; T is monotone,
        // so T(midpoint) lies between T L and T U, which one more sweep of each bound computes.
        var middle = new double[lower.Length];
        for (var s = 0; s < middle.Length; s++)
            middle[s] = (lower[s] + upper[s]) / 2;
        var stage = DynamicProgramming.Stage(table, discount, new MaxBackup(), middle, iterations, describeState);
        Sweeper<MaxBackup>.Sweep(table, discount, new MaxBackup(), lower, nextLower);
        Sweeper<MaxBackup>.Sweep(table, discount, new MaxBackup(), upper, nextUpper);
        var bound = 0.0;
        for (var s = 0; s < middle.Length; s++)
            bound = Math.Max(bound, Math.Max(stage.V[s] - nextLower[s], nextUpper[s] - stage.V[s]));
        return new DynamicProgrammingResult(new[] { stage }, null, converged, iterations, gap, bound);
    }

    private static (double[] Lower, double[] Upper) DiscountedBounds(TransitionTable table, double discount)
    {
        var (lowest, highest) = (0.0, 0.0);
        for (var pair = 0; pair < table.Rewards.Length; pair++)
        {
            if (table.Allowed[pair])
                (lowest, highest) = (Math.Min(lowest, table.Rewards[pair]), Math.Max(highest, table.Rewards[pair]));
        }
        var lower = new double[table.StateCount];
        var upper = new double[table.StateCount];
        for (var s = 0; s < lower.Length; s++)
        {
            if (!table.Terminal[s])
                (lower[s], upper[s]) = (lowest / (1 - discount), highest / (1 - discount));
        }
        return (lower, upper);
    }

    private static (double[] Lower, double[] Upper) UndiscountedBounds(
        TransitionTable table, Func<int, object?> describeState, Func<int, object?> describeAction, CancellationToken cancellationToken)
    {
        var upper = UpperBound(table, describeState, describeAction);
        return (LowerBound(table, describeState, cancellationToken), upper);
    }

    /// <summary>U₀ = 0, an upper bound on every policy's total reward when no reward is positive.</summary>
    private static double[] UpperBound(TransitionTable table, Func<int, object?> describeState, Func<int, object?> describeAction)
    {
        for (var s = 0; s < table.StateCount; s++)
        {
            for (var a = 0; a < table.ActionCount; a++)
            {
                if (!table.Terminal[s] && table.IsAllowed(s, a) && table.Reward(s, a) > 0)
                    throw new ArgumentException(
                        $"Without discounting, interval value iteration needs rewards that are costs (r ≤ 0), so that 0 bounds every value from above; " +
                        $"state {describeState(s)}, action {describeAction(a)} has the expected reward {table.Reward(s, a):R}. " +
                        "Use a discount below 1, or express the task as costs until the end.",
                        "model");
            }
        }
        return new double[table.StateCount];
    }

    /// <summary>
    /// L₀ = r_min · k / (1 − ρ), a lower bound on the value of a policy π₀ that ends the episode from every state
    /// (<see cref="PolicyImprovement.Proper"/>), so on V*. Here r_min ≤ 0 is π₀'s worst reward and ρ the largest
    /// probability, over the start states, of not having ended after k steps under π₀, found by k sweeps of π₀ from
    /// "not ended" = 1 until ρ ≤ ½. The episode then ends within each block of k steps with probability at least 1 − ρ
    /// whatever the state, so it lasts at most k/(1 − ρ) steps in expectation, each costing at most −r_min. No linear
    /// system is solved, so the bound exists for models of any size.
    /// </summary>
    private static double[] LowerBound(TransitionTable table, Func<int, object?> describeState, CancellationToken cancellationToken)
    {
        var (choice, stuck) = PolicyImprovement.Proper(table);
        if (choice is null)
            throw new InvalidOperationException(
                $"State {describeState(stuck)} reaches no terminal state under any policy, so without discounting its value is not finite and " +
                "has no lower bound. Add a discount below 1, a finite horizon, or a way to the end from that state.");

        var worst = 0.0;
        var notEnded = new double[table.StateCount];
        for (var s = 0; s < notEnded.Length; s++)
        {
            if (choice[s] >= 0)
                (worst, notEnded[s]) = (Math.Min(worst, table.Reward(s, choice[s])), 1);
        }
        var unrewarded = table.WithRewards(new double[table.Rewards.Length]);
        var next = new double[notEnded.Length];
        var steps = 0;
        for (var stillGoing = 1.0; stillGoing > 0.5; steps++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            RowSweeps.FixedPolicy(unrewarded, 1, choice, notEnded, next);
            (notEnded, next) = (next, notEnded);
            stillGoing = 0;
            foreach (var p in notEnded)
                stillGoing = Math.Max(stillGoing, p);
        }
        var lower = new double[table.StateCount];
        for (var s = 0; s < lower.Length; s++)
            lower[s] = choice[s] >= 0 ? worst * steps / 0.5 : 0;
        return lower;
    }

    private static double Gap(double[] lower, double[] upper)
    {
        var gap = 0.0;
        for (var s = 0; s < lower.Length; s++)
            gap = Math.Max(gap, upper[s] - lower[s]);
        return gap;
    }
}
