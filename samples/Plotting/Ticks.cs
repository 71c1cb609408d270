using System;
using System.Collections.Generic;

namespace MdpDsl.Samples.Plotting;

/// <summary>Axis ticks at "nice" steps (1, 2 or 5 times a power of ten), as a reader would place them by hand.</summary>
internal static class Ticks
{
    /// <summary>A step that cuts [<paramref name="min"/>, <paramref name="max"/>] into at most about <paramref name="count"/> intervals.</summary>
    public static double Step(double min, double max, int count)
    {
        var span = max - min;
        if (!(span > 0) || !double.IsFinite(span))
            return 1;
        var rough = span / count;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var mantissa = rough / power;
        return power * (mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10);
    }

    /// <summary>The multiples of <paramref name="step"/> within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static IEnumerable<double> Within(double min, double max, double step)
    {
        var decimals = Decimals(step);
        // A hair of tolerance keeps the end points that rounding would push just outside.
        var slack = step * 1e-9;
        for (var k = Math.Ceiling((min - slack) / step); k * step <= max + slack; k++)
            yield return Math.Round(k * step, Math.Min(decimals, 15));
    }

    /// <summary>[<paramref name="min"/>, <paramref name="max"/>] widened outward to multiples of <paramref name="step"/>.</summary>
    public static (double Min, double Max) Widen(double min, double max, double step) =>
        (Math.Floor(min / step + 1e-9) * step, Math.Ceiling(max / step - 1e-9) * step);

    /// <summary>The decimals a tick label needs to show multiples of <paramref name="step"/> exactly.</summary>
    public static int Decimals(double step) => Math.Clamp((int)-Math.Floor(Math.Log10(step) + 1e-9), 0, 15);

    /// <summary>A range that is never empty, so that a constant series still gets an axis.</summary>
    public static (double Min, double Max) NonEmpty(double min, double max)
    {
        if (max > min)
            return (min, max);
        var half = min == 0 ? 1 : Math.Abs(min) * 0.1;
        return (min - half, max + half);
    }
}
