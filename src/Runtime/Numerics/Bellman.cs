using System;
using MdpDsl.Foundation;
using MdpDsl.Storage;

namespace MdpDsl.Numerics;

/// <summary>
/// One Jacobi Bellman sweep over a <see cref="TransitionTable"/>, for callers that drive the iteration
/// themselves (benchmarks, custom solvers). Terminal states get the value 0; disallowed actions are skipped.
/// </summary>
public static class Bellman
{
    /// <summary>
    /// The hard backup: <paramref name="next"/>[s] = max_a r(s, a) + γ Σ p(s'|s, a) <paramref name="values"/>[s'].
    /// </summary>
    /// <returns>The largest change, max_s |next[s] − values[s]|.</returns>
    public static double Sweep(TransitionTable table, double discount, double[] values, double[] next)
    {
        CheckArguments(table, values, next);
        return Sweeper<MaxBackup>.Sweep(table, discount, new MaxBackup(), values, next);
    }

    /// <summary>
    /// The soft backup: <paramref name="next"/>[s] = T log Σ_a exp(Q(s, a) / T), with
    /// Q(s, a) = r(s, a) + γ Σ p(s'|s, a) <paramref name="values"/>[s'].
    /// </summary>
    /// <returns>The largest change, max_s |next[s] − values[s]|.</returns>
    public static double SoftSweep(TransitionTable table, double discount, double temperature, double[] values, double[] next)
    {
        CheckArguments(table, values, next);
        SolverArguments.CheckTemperature(temperature);
        return Sweeper<SoftBackup>.Sweep(table, discount, new SoftBackup(temperature), values, next);
    }

    private static void CheckArguments(TransitionTable table, double[] values, double[] next)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (values.Length != table.StateCount || next.Length != table.StateCount)
            throw new ArgumentException($"Both value arrays need one entry per state ({table.StateCount}).");
        if (ReferenceEquals(values, next))
            throw new ArgumentException("A Jacobi sweep needs separate input and output arrays.", nameof(next));
    }
}
