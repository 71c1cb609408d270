using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MdpDsl.Storage;

namespace MdpDsl.Numerics;

/// <summary>
/// Jacobi Bellman backups over a <see cref="TransitionTable"/>: Q(s, a) = r(s, a) + γ Σ p(s'|s, a) V(s'),
/// reduced per state by an <see cref="IBackup"/>. Terminal states keep the value 0. States are processed in
/// blocks: first Q for the whole block (streaming the table once), then the backup across the block, which
/// lets the soft backup's exp and log run vectorized.
/// </summary>
internal static class BellmanKernel
{
    /// <summary>States per block: Q for a block of four actions fits in 8 KiB of stack.</summary>
    public const int BlockSize = 256;

    /// <summary>
    /// How many states <see cref="SweepRange"/> backs up together for <paramref name="actions"/> actions. Its blocks
    /// start at multiples of this from state 0, so a range that starts at such a multiple gives bit for bit the
    /// values that one range over all states gives (the vectorized exp and log treat a block's tail differently).
    /// </summary>
    public static int BlockStates(int actions) => Math.Max(1, Math.Min(BlockSize, 4096 / actions));

    /// <summary>
    /// Fills <paramref name="next"/>[s] for s in [<paramref name="start"/>, <paramref name="end"/>) and returns the
    /// largest |next[s] − values[s]| (NaN if any value is NaN).
    /// </summary>
    public static double SweepRange<TBackup>(TransitionTable table, double discount, TBackup backup, double[] values, double[] next, int start, int end)
        where TBackup : struct, IBackup
    {
        // The hard backup needs no Q block: one pass keeps a running maximum (the JIT drops this test per backup type).
        if (typeof(TBackup) == typeof(MaxBackup))
        {
            return table.UniformWidth > 0
                ? UniformRowKernel.HardSweepRange(table, discount, values, next, start, end)
                : HardSweepRange(table, discount, values, next, start, end);
        }

        var actions = table.ActionCount;
        var stride = BlockStates(actions);
        var q = actions * stride <= 4096 ? stackalloc double[actions * stride] : new double[actions * stride];
        var terminal = table.Terminal;
        var residual = 0.0;
        for (var first = start; first < end; first += stride)
        {
            var count = Math.Min(stride, end - first);
            ActionValuesBlock(table, discount, values, first, count, q, stride);
            var block = next.AsSpan(first, count);
            backup.Values(first, q, stride, block);
            for (var j = 0; j < count; j++)
            {
                if (terminal[first + j])
                    block[j] = 0;
                var change = Math.Abs(block[j] - values[first + j]);
                residual = change > residual || double.IsNaN(change) ? change : residual;
            }
        }
        return residual;
    }

    /// <summary>
    /// The hard backup in one pass: V'(s) = max over allowed a of r(s, a) + γ Σ p V(s'), with the residual on the way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double HardSweepRange(TransitionTable table, double discount, double[] values, double[] next, int start, int end)
    {
        var actions = table.ActionCount;
        ref var allowed = ref MemoryMarshal.GetArrayDataReference(table.Allowed);
        ref var rewards = ref MemoryMarshal.GetArrayDataReference(table.Rewards);
        ref var successors = ref MemoryMarshal.GetArrayDataReference(table.Successors);
        ref var terminal = ref MemoryMarshal.GetArrayDataReference(table.Terminal);
        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        ref var output = ref MemoryMarshal.GetArrayDataReference(next);
        var deterministic = table.RowStart is null;
        ref var rowStart = ref deterministic ? ref Unsafe.NullRef<int>() : ref MemoryMarshal.GetArrayDataReference(table.RowStart!);
        ref var probabilities = ref deterministic ? ref Unsafe.NullRef<double>() : ref MemoryMarshal.GetArrayDataReference(table.Probabilities!);
        var residual = 0.0;
        var pair = start * actions;
        var k = deterministic ? 0 : Unsafe.Add(ref rowStart, pair);
        for (var s = start; s < end; s++)
        {
            var best = double.NegativeInfinity;
            for (var a = 0; a < actions; a++, pair++)
            {
                double expected;
                if (deterministic)
                {
                    // A disallowed pair's successor is −1: read V[0] instead, the pair's Q is −∞ anyway.
                    expected = Unsafe.Add(ref v, Math.Max(Unsafe.Add(ref successors, pair), 0));
                }
                else
                {
                    expected = RowExpectation(ref probabilities, ref successors, ref v, ref k, Unsafe.Add(ref rowStart, pair + 1));
                }
                var q = Unsafe.Add(ref allowed, pair) ? Unsafe.Add(ref rewards, pair) + discount * expected : double.NegativeInfinity;
                // Branch-free: which action wins is random, and a mispredicted branch would discard the V gathers in
                // flight. A NaN cannot arise here before an infinity, which the residual check already stops on.
                best = double.MaxNative(best, q);
            }
            var value = Unsafe.Add(ref terminal, s) ? 0 : best;
            Unsafe.Add(ref output, s) = value;
            var change = Math.Abs(value - Unsafe.Add(ref v, s));
            residual = change > residual || double.IsNaN(change) ? change : residual;
        }
        return residual;
    }

    /// <summary>
    /// Q(s, a) for every pair from the successor values <paramref name="values"/> (−∞ for disallowed pairs, 0 for
    /// terminal states), then V(s) and the policy the backup gives for that Q. Not on the hot path of iteration.
    /// </summary>
    public static void Stage<TBackup>(TransitionTable table, double discount, TBackup backup, double[] values, double[] q, double[] v, double[] policy)
        where TBackup : struct, IBackup
    {
        var actions = table.ActionCount;
        for (var s = 0; s < table.StateCount; s++)
        {
            var row = q.AsSpan(s * actions, actions);
            var pi = policy.AsSpan(s * actions, actions);
            if (table.Terminal[s])
            {
                row.Clear();
                pi.Clear();
                v[s] = 0;
                continue;
            }
            ActionValuesBlock(table, discount, values, s, 1, row, 1);
            v[s] = backup.ValueAndPolicy(s, row, pi);
        }
    }

    /// <summary>The row Q(<paramref name="state"/>, ·) from <paramref name="values"/> (−∞ where an action is disallowed).</summary>
    public static void ActionValues(TransitionTable table, double discount, double[] values, int state, Span<double> q) =>
        ActionValuesBlock(table, discount, values, state, 1, q, 1);

    /// <summary>
    /// Q(<paramref name="state"/>, <paramref name="action"/>) = r + γ Σ p V(s') for one allowed pair, reading that pair's row only:
    /// the step of evaluating a fixed deterministic policy.
    /// </summary>
    public static double ActionValue(TransitionTable table, double discount, double[] values, int state, int action)
    {
        var pair = state * table.ActionCount + action;
        if (table.RowStart is not { } rowStart)
            return table.Rewards[pair] + discount * values[table.Successors[pair]];
        var probabilities = table.Probabilities!;
        var successors = table.Successors;
        var expected = 0.0;
        for (var k = rowStart[pair]; k < rowStart[pair + 1]; k++)
            expected += probabilities[k] * values[successors[k]];
        return table.Rewards[pair] + discount * expected;
    }

    /// <summary>
    /// Q for the <paramref name="count"/> states from <paramref name="first"/> on, action-major:
    /// Q(first + j, a) goes to <c>q[a · stride + j]</c>; −∞ where an action is disallowed.
    /// </summary>
    /// <remarks>
    /// The successor indices were validated when the table was built, so the loops read the arrays without
    /// bounds checks: this loop streams the whole table every sweep and is the solvers' hot path.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ActionValuesBlock(TransitionTable table, double discount, double[] values, int first, int count, Span<double> q, int stride)
    {
        if (table.UniformWidth > 0)
        {
            UniformRowKernel.ActionValuesBlock(table, discount, values, first, count, q, stride);
            return;
        }
        var actions = table.ActionCount;
        ref var allowed = ref MemoryMarshal.GetArrayDataReference(table.Allowed);
        ref var rewards = ref MemoryMarshal.GetArrayDataReference(table.Rewards);
        ref var successors = ref MemoryMarshal.GetArrayDataReference(table.Successors);
        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        ref var qs = ref MemoryMarshal.GetReference(q);
        var pair = first * actions;

        if (table.RowStart is not { } rowStarts)
        {
            for (var j = 0; j < count; j++)
            {
                for (var a = 0; a < actions; a++, pair++)
                {
                    Unsafe.Add(ref qs, a * stride + j) = Unsafe.Add(ref allowed, pair)
                        ? Unsafe.Add(ref rewards, pair) + discount * Unsafe.Add(ref v, Unsafe.Add(ref successors, pair))
                        : double.NegativeInfinity;
                }
            }
            return;
        }

        ref var probabilities = ref MemoryMarshal.GetArrayDataReference(table.Probabilities!);
        ref var rowStart = ref MemoryMarshal.GetArrayDataReference(rowStarts);
        var k = Unsafe.Add(ref rowStart, pair);
        for (var j = 0; j < count; j++)
        {
            for (var a = 0; a < actions; a++, pair++)
            {
                var expected = RowExpectation(ref probabilities, ref successors, ref v, ref k, Unsafe.Add(ref rowStart, pair + 1));
                Unsafe.Add(ref qs, a * stride + j) = Unsafe.Add(ref allowed, pair)
                    ? Unsafe.Add(ref rewards, pair) + discount * expected
                    : double.NegativeInfinity;
            }
        }
    }

    /// <summary>
    /// Σ p V(s') over the entries <paramref name="k"/> .. <paramref name="end"/> of one row, added from left to right,
    /// leaving <paramref name="k"/> at <paramref name="end"/>.
    /// </summary>
    /// <remarks>
    /// Four entries per turn halve the loop's own work against the gathers; the sum keeps its order, so the values
    /// are bit for bit those of the plain loop (and of the C reference's).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double RowExpectation(ref double probabilities, ref int successors, ref double values, ref int k, int end)
    {
        var expected = 0.0;
        var i = k;
        for (; i + 4 <= end; i += 4)
        {
            expected += Unsafe.Add(ref probabilities, i) * Unsafe.Add(ref values, Unsafe.Add(ref successors, i));
            expected += Unsafe.Add(ref probabilities, i + 1) * Unsafe.Add(ref values, Unsafe.Add(ref successors, i + 1));
            expected += Unsafe.Add(ref probabilities, i + 2) * Unsafe.Add(ref values, Unsafe.Add(ref successors, i + 2));
            expected += Unsafe.Add(ref probabilities, i + 3) * Unsafe.Add(ref values, Unsafe.Add(ref successors, i + 3));
        }
        for (; i < end; i++)
            expected += Unsafe.Add(ref probabilities, i) * Unsafe.Add(ref values, Unsafe.Add(ref successors, i));
        k = end;
        return expected;
    }
}
