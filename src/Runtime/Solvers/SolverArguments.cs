using System;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>The argument checks the solvers share, so that each message is written once.</summary>
internal static class SolverArguments
{
    public static void CheckTolerance(double tolerance, int maxIterations)
    {
        if (!(tolerance > 0) || double.IsInfinity(tolerance))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive and finite.");
        if (maxIterations < 1)
            throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "At least one iteration is needed.");
    }

    /// <summary>
    /// A horizon of at least 1 whose stages fit in memory: backward induction keeps V, Q and π of every step,
    /// (S + 2·S·A) doubles per step.
    /// </summary>
    public static void CheckHorizon(int horizon, TransitionTable table)
    {
        if (horizon < 1)
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The horizon must be at least 1.");
        var what = $"Keeping V, Q and π for each of {AllocationLimit.Count(horizon)} steps of " +
                   $"{AllocationLimit.Count(table.StateCount)} states × {AllocationLimit.Count(table.ActionCount)} actions";
        if (AllocationLimit.ExceededBySteps(what, horizon, 8.0 * (table.StateCount + 2.0 * table.StateCount * table.ActionCount)) is { } reason)
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, $"{reason}. Use a shorter horizon, or an infinite horizon with a discount below 1.");
    }

    public static void CheckTemperature(double temperature)
    {
        if (!(temperature > 0) || double.IsInfinity(temperature))
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "The temperature must be positive and finite.");
    }
}
