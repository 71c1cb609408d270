using System;
using System.Globalization;

namespace MdpDsl.Samples.Plotting;

/// <summary>Number formatting for chart text: culture-invariant, with a true minus sign.</summary>
public static class Numbers
{
    /// <summary>
    /// Formats <paramref name="value"/> with a fixed number of decimals, the invariant culture and the minus sign
    /// U+2212, which lines up with digits where a hyphen does not: <c>Format(-3.14159, 2)</c> is "−3.14".
    /// A value that rounds to zero prints without a sign.
    /// </summary>
    /// <param name="value">The number; NaN and infinities print as "NaN", "∞" and "−∞".</param>
    /// <param name="decimals">Digits after the decimal point, 0 to 15.</param>
    public static string Format(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 15);
        if (double.IsNaN(value))
            return "NaN";
        if (double.IsInfinity(value))
            return value > 0 ? "∞" : "\u2212∞";
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return rounded < 0 ? "\u2212" + text : text;
    }

    /// <summary>A coordinate or size for an SVG attribute: invariant culture, at most two decimals, no "-0".</summary>
    internal static string Svg(double value)
    {
        var rounded = Math.Round(value, 2);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
