using System.Runtime.CompilerServices;

namespace MdpDsl.Numerics;

/// <summary>
/// The expectation Σ_k p_k V(s'_k) over one row of a fixed-width table (<see cref="Storage.UniformRows"/>), as a
/// struct so that the kernels are specialized per width: for the common widths the loop disappears and the K
/// gathers of V are independent loads the processor can keep in flight together.
/// </summary>
/// <remarks>
/// Every implementation adds the products from left to right starting from 0, as the row-start kernel does, so both
/// layouts give the same values bit for bit.
/// </remarks>
internal interface IUniformRow
{
    /// <summary>K, the entries per row.</summary>
    int Width { get; }

    /// <summary>Σ p V(s') over the K entries from <paramref name="first"/> on.</summary>
    double Expectation(ref double probabilities, ref int successors, ref double values, nint first);
}

internal readonly struct RowOf1 : IUniformRow
{
    public int Width => 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Expectation(ref double probabilities, ref int successors, ref double values, nint first) =>
        0.0 + Unsafe.Add(ref probabilities, first) * Unsafe.Add(ref values, Unsafe.Add(ref successors, first));
}

internal readonly struct RowOf2 : IUniformRow
{
    public int Width => 2;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Expectation(ref double probabilities, ref int successors, ref double values, nint first)
    {
        ref var p = ref Unsafe.Add(ref probabilities, first);
        ref var s = ref Unsafe.Add(ref successors, first);
        var expected = 0.0 + p * Unsafe.Add(ref values, s);
        return expected + Unsafe.Add(ref p, 1) * Unsafe.Add(ref values, Unsafe.Add(ref s, 1));
    }
}

internal readonly struct RowOf4 : IUniformRow
{
    public int Width => 4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Expectation(ref double probabilities, ref int successors, ref double values, nint first)
    {
        ref var p = ref Unsafe.Add(ref probabilities, first);
        ref var s = ref Unsafe.Add(ref successors, first);
        var expected = 0.0 + p * Unsafe.Add(ref values, s);
        expected += Unsafe.Add(ref p, 1) * Unsafe.Add(ref values, Unsafe.Add(ref s, 1));
        expected += Unsafe.Add(ref p, 2) * Unsafe.Add(ref values, Unsafe.Add(ref s, 2));
        return expected + Unsafe.Add(ref p, 3) * Unsafe.Add(ref values, Unsafe.Add(ref s, 3));
    }
}

internal readonly struct RowOf8 : IUniformRow
{
    public int Width => 8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Expectation(ref double probabilities, ref int successors, ref double values, nint first)
    {
        ref var p = ref Unsafe.Add(ref probabilities, first);
        ref var s = ref Unsafe.Add(ref successors, first);
        var expected = 0.0 + p * Unsafe.Add(ref values, s);
        expected += Unsafe.Add(ref p, 1) * Unsafe.Add(ref values, Unsafe.Add(ref s, 1));
        expected += Unsafe.Add(ref p, 2) * Unsafe.Add(ref values, Unsafe.Add(ref s, 2));
        expected += Unsafe.Add(ref p, 3) * Unsafe.Add(ref values, Unsafe.Add(ref s, 3));
        expected += Unsafe.Add(ref p, 4) * Unsafe.Add(ref values, Unsafe.Add(ref s, 4));
        expected += Unsafe.Add(ref p, 5) * Unsafe.Add(ref values, Unsafe.Add(ref s, 5));
        expected += Unsafe.Add(ref p, 6) * Unsafe.Add(ref values, Unsafe.Add(ref s, 6));
        return expected + Unsafe.Add(ref p, 7) * Unsafe.Add(ref values, Unsafe.Add(ref s, 7));
    }
}

/// <summary>Any other width, read at run time.</summary>
internal readonly struct RowOfAny(int width) : IUniformRow
{
    public int Width => width;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Expectation(ref double probabilities, ref int successors, ref double values, nint first)
    {
        var expected = 0.0;
        for (var k = first; k < first + width; k++)
            expected += Unsafe.Add(ref probabilities, k) * Unsafe.Add(ref values, Unsafe.Add(ref successors, k));
        return expected;
    }
}
