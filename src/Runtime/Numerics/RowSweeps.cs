using System;
using MdpDsl.Storage;

namespace MdpDsl.Numerics;

/// <summary>
/// Sweeps that visit one state at a time on the calling thread, built on the single-state rows of
/// <see cref="BellmanKernel"/>: Gauss–Seidel backups in place, and Jacobi steps of a fixed deterministic policy.
/// Terminal states keep the value 0.
/// </summary>
internal static class RowSweeps
{
    /// <summary>
    /// One Gauss–Seidel sweep in index order: V(s) ← backup(Q(s, ·)) with Q read from <paramref name="values"/>,
    /// which already holds the new values of the states before s.
    /// </summary>
    /// <returns>The largest change, max_s |V_new(s) − V_old(s)| (NaN if a value is NaN).</returns>
    public static double GaussSeidel<TBackup>(TransitionTable table, double discount, TBackup backup, double[] values)
        where TBackup : struct, IBackup
    {
        var actions = table.ActionCount;
        Span<double> q = actions <= 512 ? stackalloc double[actions] : new double[actions];
        var terminal = table.Terminal;
        var residual = 0.0;
        for (var s = 0; s < values.Length; s++)
        {
            if (terminal[s])
                continue;
            BellmanKernel.ActionValues(table, discount, values, s, q);
            var value = backup.Value(s, q);
            var change = Math.Abs(value - values[s]);
            residual = change > residual || double.IsNaN(change) ? change : residual;
            values[s] = value;
        }
        return residual;
    }

    /// <summary>
    /// One Jacobi step of the deterministic policy <paramref name="choice"/> (an action per state, −1 for a terminal
    /// state): next(s) = r(s, π(s)) + γ Σ p(s'|s, π(s)) V(s'), reading only the chosen action's row.
    /// </summary>
    /// <returns>The largest change, max_s |next(s) − values(s)|.</returns>
    public static double FixedPolicy(TransitionTable table, double discount, int[] choice, double[] values, double[] next)
    {
        var residual = 0.0;
        for (var s = 0; s < values.Length; s++)
        {
            var value = choice[s] < 0 ? 0 : BellmanKernel.ActionValue(table, discount, values, s, choice[s]);
            var change = Math.Abs(value - values[s]);
            residual = change > residual || double.IsNaN(change) ? change : residual;
            next[s] = value;
        }
        return residual;
    }
}
