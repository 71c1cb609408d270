using System;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>The checksum Σ_s V(s) that the C reference prints as Vsum.</summary>
internal static class ValueSum
{
    // Left to right, as limit.c sums, so that the two sums round identically when the values agree.
    public static double InStateOrder(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
            sum += v;
        return sum;
    }
}
