using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using MdpDsl.Storage;

namespace MdpDsl.Numerics;

/// <summary>
/// Jacobi Bellman backups over a <see cref="TransitionTable"/>: Q(s, a) = r(s, a) + γ Σ p(s'|s, a) V(s'),
/// reduced per state by an <see cref="IBackup"/>. Terminal states keep the value 0. Large tables are swept in
/// parallel over blocks of states.
/// </summary>
internal static class BellmanKernel
{
    private const int ParallelThreshold = 1 << 15;
    private const int StackActions = 128;

    /// <summary>One sweep <paramref name="next"/> = B(<paramref name="values"/>); returns max |next − values|.</summary>
    public static double Sweep<TBackup>(TransitionTable table, double discount, TBackup backup, double[] values, double[] next)
        where TBackup : struct, IBackup
    {
        var states = table.StateCount;
        if (!IsLarge(table))
            return SweepRange(table, discount, backup, values, next, 0, states);

        var blocks = Math.Min(states, Environment.ProcessorCount * 8);
        var residuals = new double[blocks];
        Parallel.For(0, blocks, block =>
        {
            var (start, end) = Block(states, blocks, block);
            residuals[block] = SweepRange(table, discount, backup, values, next, start, end);
        });
        var residual = 0.0;
        foreach (var r in residuals)
            residual = Math.Max(residual, double.IsNaN(r) ? double.NaN : r);
        return residual;
    }

    /// <summary>
    /// Q(s, a) for every pair from the successor values <paramref name="values"/> (−∞ for disallowed pairs, 0 for
    /// terminal states), then V(s) and the policy the backup gives for that Q.
    /// </summary>
    public static void Stage<TBackup>(TransitionTable table, double discount, TBackup backup, double[] values, double[] q, double[] v, double[] policy)
        where TBackup : struct, IBackup
    {
        var states = table.StateCount;
        if (!IsLarge(table))
        {
            StageRange(table, discount, backup, values, q, v, policy, 0, states);
            return;
        }
        var blocks = Math.Min(states, Environment.ProcessorCount * 8);
        Parallel.For(0, blocks, block =>
        {
            var (start, end) = Block(states, blocks, block);
            StageRange(table, discount, backup, values, q, v, policy, start, end);
        });
    }

    /// <summary>Q(s, ·) for one state into <paramref name="q"/>: −∞ where an action is disallowed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ActionValues(TransitionTable table, double discount, ReadOnlySpan<double> values, int state, Span<double> q)
    {
        var actions = table.ActionCount;
        var pair = state * actions;
        var allowed = table.Allowed;
        var rewards = table.Rewards;
        var successors = table.Successors;
        if (table.RowStart is not { } rowStart)
        {
            for (var a = 0; a < actions; a++, pair++)
                q[a] = allowed[pair] ? rewards[pair] + discount * values[successors[pair]] : double.NegativeInfinity;
            return;
        }

        var probabilities = table.Probabilities!;
        for (var a = 0; a < actions; a++, pair++)
        {
            if (!allowed[pair])
            {
                q[a] = double.NegativeInfinity;
                continue;
            }
            var expected = 0.0;
            for (var k = rowStart[pair]; k < rowStart[pair + 1]; k++)
                expected += probabilities[k] * values[successors[k]];
            q[a] = rewards[pair] + discount * expected;
        }
    }

    private static double SweepRange<TBackup>(TransitionTable table, double discount, TBackup backup, double[] values, double[] next, int start, int end)
        where TBackup : struct, IBackup
    {
        var actions = table.ActionCount;
        var q = actions <= StackActions ? stackalloc double[actions] : new double[actions];
        var terminal = table.Terminal;
        var residual = 0.0;
        for (var s = start; s < end; s++)
        {
            var value = 0.0;
            if (!terminal[s])
            {
                ActionValues(table, discount, values, s, q);
                value = backup.Value(s, q);
            }
            next[s] = value;
            var change = Math.Abs(value - values[s]);
            residual = change > residual || double.IsNaN(change) ? change : residual;
        }
        return residual;
    }

    private static void StageRange<TBackup>(TransitionTable table, double discount, TBackup backup, double[] values, double[] q, double[] v, double[] policy, int start, int end)
        where TBackup : struct, IBackup
    {
        var actions = table.ActionCount;
        var terminal = table.Terminal;
        for (var s = start; s < end; s++)
        {
            var row = q.AsSpan(s * actions, actions);
            var pi = policy.AsSpan(s * actions, actions);
            if (terminal[s])
            {
                row.Clear();
                pi.Clear();
                v[s] = 0;
                continue;
            }
            ActionValues(table, discount, values, s, row);
            v[s] = backup.Value(s, row);
            backup.Policy(s, row, v[s], pi);
        }
    }

    private static bool IsLarge(TransitionTable table) => table.EntryCount + table.StateCount >= ParallelThreshold;

    private static (int Start, int End) Block(int count, int blocks, int block) =>
        ((int)((long)count * block / blocks), (int)((long)count * (block + 1) / blocks));
}
