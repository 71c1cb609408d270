using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// The rule by which <see cref="SolverCatalog.Solve"/> picks a hard solver from the model's shape alone (its horizon,
/// discount and number of non-terminal states), before any sweep is paid for. The thresholds come from timing the
/// solvers against each other on grids and random sparse models (docs/algorithms.md, "Choosing a solver").
/// </summary>
internal static class SolverChoice
{
    /// <summary>
    /// Up to this many non-terminal states policy iteration's exact evaluations (dense elimination, cubic in the count)
    /// cost less than the sweeps value iteration needs to reach the default tolerance.
    /// </summary>
    public const int PolicyIterationLimit = 500;

    public static SolverMethod Choose(TransitionTable table, double discount, int? horizon)
    {
        if (horizon is not null)
            return SolverMethod.BackwardInduction;
        if (NonTerminalCount(table) <= PolicyIterationLimit)
            return SolverMethod.PolicyIteration;
        return discount < 1 ? SolverMethod.ModifiedPolicyIteration : SolverMethod.ValueIteration;
    }

    private static int NonTerminalCount(TransitionTable table)
    {
        var count = 0;
        for (var s = 0; s < table.StateCount; s++)
            count += table.Terminal[s] ? 0 : 1;
        return count;
    }
}
