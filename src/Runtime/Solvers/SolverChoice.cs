using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// The rule by which <see cref="SolverCatalog.Solve"/> picks a hard solver from the model's shape alone (its horizon,
/// discount and number of non-terminal states), before any sweep is paid for. The thresholds come from timing the
/// solvers against each other on grids and random sparse models (docs/algorithms.md, "Choosing a solver"): how many
/// sweeps value iteration needs depends on the dynamics, which the shape does not show, so each threshold is where
/// the method's worst measured loss is small in time and its usual gain is large.
/// </summary>
internal static class SolverChoice
{
    /// <summary>
    /// From this discount on, value iteration may need thousands of sweeps where value travels slowly (a grid, one cell
    /// per sweep, whose spread of changes falls no faster than the largest change), and methods that evaluate policies pay off.
    /// </summary>
    public const double SlowDiscount = 0.99;

    /// <summary>
    /// Up to this many non-terminal states a dense evaluation costs a few milliseconds: policy iteration's handful of
    /// them beats thousands of sweeps, and even the dozens a grid needs (one per step of its longest path) lose little.
    /// </summary>
    public const int PolicyIterationLimit = 200;

    /// <summary>
    /// Up to this many non-terminal states modified policy iteration's sequential sweeps took 0.5–0.8 of parallel value
    /// iteration's time at γ ≥ 0.99 on grids, where value iteration needs hundreds of sweeps, and at most 1.4 × on models
    /// that mix fast, where the spread rule ends both within a few dozen; beyond it parallel sweeps win.
    /// </summary>
    public const int ModifiedPolicyIterationLimit = 10_000;

    public static SolverMethod Choose(TransitionTable table, double discount, int? horizon)
    {
        if (horizon is not null)
            return SolverMethod.BackwardInduction;
        if (discount < SlowDiscount)
            return SolverMethod.ValueIteration;
        var states = NonTerminalCount(table);
        if (states <= PolicyIterationLimit)
            return SolverMethod.PolicyIteration;
        return discount < 1 && states <= ModifiedPolicyIterationLimit ? SolverMethod.ModifiedPolicyIteration : SolverMethod.ValueIteration;
    }

    private static int NonTerminalCount(TransitionTable table)
    {
        var count = 0;
        for (var s = 0; s < table.StateCount; s++)
            count += table.Terminal[s] ? 0 : 1;
        return count;
    }
}
