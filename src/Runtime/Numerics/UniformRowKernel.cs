using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MdpDsl.Storage;

namespace MdpDsl.Numerics;

/// <summary>
/// The Bellman kernels of <see cref="BellmanKernel"/> for a fixed-width table (<see cref="TransitionTable.UniformWidth"/>):
/// pair p's K entries start at p · K, every action is allowed and no state is terminal, so the loops read neither row
/// starts nor masks, and the row loop is specialized for K = 1, 2, 4 and 8. The values are bit for bit those of the
/// row-start kernels, which add each row in the same order.
/// </summary>
internal static class UniformRowKernel
{
    /// <summary>The hard backup over [<paramref name="start"/>, <paramref name="end"/>); returns the largest change.</summary>
    public static double HardSweepRange(TransitionTable table, double discount, double[] values, double[] next, int start, int end) =>
        table.UniformWidth switch
        {
            1 => HardSweepRange(new RowOf1(), table, discount, values, next, start, end),
            2 => HardSweepRange(new RowOf2(), table, discount, values, next, start, end),
            4 => HardSweepRange(new RowOf4(), table, discount, values, next, start, end),
            8 => HardSweepRange(new RowOf8(), table, discount, values, next, start, end),
            var width => HardSweepRange(new RowOfAny(width), table, discount, values, next, start, end),
        };

    /// <summary>
    /// Q for the <paramref name="count"/> states from <paramref name="first"/> on, action-major:
    /// Q(first + j, a) goes to <c>q[a · stride + j]</c>.
    /// </summary>
    public static void ActionValuesBlock(TransitionTable table, double discount, double[] values, int first, int count, Span<double> q, int stride)
    {
        switch (table.UniformWidth)
        {
            case 1: ActionValuesBlock(new RowOf1(), table, discount, values, first, count, q, stride); break;
            case 2: ActionValuesBlock(new RowOf2(), table, discount, values, first, count, q, stride); break;
            case 4: ActionValuesBlock(new RowOf4(), table, discount, values, first, count, q, stride); break;
            case 8: ActionValuesBlock(new RowOf8(), table, discount, values, first, count, q, stride); break;
            case var width: ActionValuesBlock(new RowOfAny(width), table, discount, values, first, count, q, stride); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double HardSweepRange<TRow>(TRow row, TransitionTable table, double discount, double[] values, double[] next, int start, int end)
        where TRow : struct, IUniformRow
    {
        var actions = table.ActionCount;
        ref var rewards = ref MemoryMarshal.GetArrayDataReference(table.Rewards);
        ref var successors = ref MemoryMarshal.GetArrayDataReference(table.Successors);
        ref var probabilities = ref MemoryMarshal.GetArrayDataReference(table.Probabilities!);
        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        ref var output = ref MemoryMarshal.GetArrayDataReference(next);
        var residual = 0.0;
        nint pair = (nint)start * actions;
        for (var s = start; s < end; s++)
        {
            var best = double.NegativeInfinity;
            for (var a = 0; a < actions; a++, pair++)
            {
                var expected = row.Expectation(ref probabilities, ref successors, ref v, pair * row.Width);
                // Branch-free, as in the row-start kernel: which action wins is random.
                best = double.MaxNative(best, Unsafe.Add(ref rewards, pair) + discount * expected);
            }
            Unsafe.Add(ref output, s) = best;
            var change = Math.Abs(best - Unsafe.Add(ref v, s));
            residual = change > residual || double.IsNaN(change) ? change : residual;
        }
        return residual;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ActionValuesBlock<TRow>(TRow row, TransitionTable table, double discount, double[] values, int first, int count, Span<double> q, int stride)
        where TRow : struct, IUniformRow
    {
        var actions = table.ActionCount;
        ref var rewards = ref MemoryMarshal.GetArrayDataReference(table.Rewards);
        ref var successors = ref MemoryMarshal.GetArrayDataReference(table.Successors);
        ref var probabilities = ref MemoryMarshal.GetArrayDataReference(table.Probabilities!);
        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        ref var qs = ref MemoryMarshal.GetReference(q);
        nint pair = (nint)first * actions;
        for (var j = 0; j < count; j++)
        {
            for (var a = 0; a < actions; a++, pair++)
            {
                var expected = row.Expectation(ref probabilities, ref successors, ref v, pair * row.Width);
                Unsafe.Add(ref qs, a * stride + j) = Unsafe.Add(ref rewards, pair) + discount * expected;
            }
        }
    }
}
