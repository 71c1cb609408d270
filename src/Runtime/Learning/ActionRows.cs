using System;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Learning;

/// <summary>
/// Tables over (state, action) pairs laid out like <see cref="ActionValues{TState, TAction}"/>: the entry of (s, a)
/// at s · A + a, −∞ for a disallowed action and 0 throughout a terminal state's row.
/// </summary>
internal static class ActionRows
{
    /// <summary>0 for every allowed pair and terminal state, −∞ for every disallowed pair.</summary>
    public static double[] Zeros(TransitionTable table)
    {
        var actions = table.ActionCount;
        var values = new double[table.StateCount * actions];
        for (var s = 0; s < table.StateCount; s++)
        {
            for (var a = 0; a < actions; a++)
            {
                if (!table.IsTerminal(s) && !table.IsAllowed(s, a))
                    values[s * actions + a] = double.NegativeInfinity;
            }
        }
        return values;
    }

    /// <summary>V(s) and π(·|s) that <paramref name="backup"/> makes of each row; 0 and no actions for a terminal state.</summary>
    public static (double[] V, double[] Policy) Backup<TBackup>(TransitionTable table, double[] rows, TBackup backup)
        where TBackup : struct, IBackup
    {
        var actions = table.ActionCount;
        var v = new double[table.StateCount];
        var policy = new double[rows.Length];
        for (var s = 0; s < table.StateCount; s++)
        {
            if (table.IsTerminal(s))
                continue;
            var row = rows.AsSpan(s * actions, actions);
            v[s] = backup.ValueAndPolicy(s, row, policy.AsSpan(s * actions, actions));
        }
        return (v, policy);
    }
}
