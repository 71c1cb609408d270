using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace MdpDsl.Numerics;

/// <summary>The smallest and the largest change of a sweep: min_s and max_s of next[s] − values[s].</summary>
internal readonly record struct ChangeRange(double Lowest, double Highest)
{
    /// <summary>(max − min)/2: how far the changes are from all being one common shift. Halved first, so that it
    /// overflows only where a change itself is infinite.</summary>
    public double HalfSpread => Highest / 2 - Lowest / 2;

    /// <summary>max |change|, the residual of the classical stopping rule; NaN if either end is.</summary>
    public double Largest => Math.Max(Math.Abs(Lowest), Math.Abs(Highest));

    /// <summary>(max + min)/2, the shift that is nearest to every change.</summary>
    public double Middle => Lowest / 2 + Highest / 2;

    /// <summary>The range of next[s] − values[s] over all states; both arrays hold finite values.</summary>
    public static ChangeRange Of(ReadOnlySpan<double> values, ReadOnlySpan<double> next)
    {
        // One streaming pass, a vector at a time: on a large model it costs a few percent of the sweep it follows.
        var lowest = new Vector<double>(double.PositiveInfinity);
        var highest = new Vector<double>(double.NegativeInfinity);
        var before = MemoryMarshal.Cast<double, Vector<double>>(values);
        var after = MemoryMarshal.Cast<double, Vector<double>>(next);
        for (var i = 0; i < before.Length; i++)
        {
            var change = after[i] - before[i];
            lowest = Vector.Min(lowest, change);
            highest = Vector.Max(highest, change);
        }
        var low = double.PositiveInfinity;
        var high = double.NegativeInfinity;
        for (var j = 0; j < Vector<double>.Count; j++)
            (low, high) = (Math.Min(low, lowest[j]), Math.Max(high, highest[j]));
        for (var s = before.Length * Vector<double>.Count; s < values.Length; s++)
        {
            var change = next[s] - values[s];
            (low, high) = (Math.Min(low, change), Math.Max(high, change));
        }
        return new ChangeRange(low, high);
    }
}
