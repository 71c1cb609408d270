using System.Globalization;

namespace MdpDsl.Foundation;

/// <summary>How numbers are written for people (six significant digits) and for files (every digit).</summary>
internal static class NumberText
{
    /// <summary>Six significant digits, invariant culture; ±∞ and NaN by name, as a disallowed action's −∞ is common.</summary>
    public static string Short(double value) => value switch
    {
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "-∞",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("G6", CultureInfo.InvariantCulture),
    };

    /// <summary>A small change or error bound, where only its order matters: two significant digits, <c>2.3e-11</c>.</summary>
    public static string Change(double value) =>
        value == 0 || !double.IsFinite(value) ? Short(value) : value.ToString("0.0e+0", CultureInfo.InvariantCulture);

    /// <summary>
    /// The shortest text that reads back to the same double, invariant culture; ±∞ and NaN as <c>inf</c>,
    /// <c>-inf</c> and <c>nan</c>, which pandas, numpy and R read as numbers.
    /// </summary>
    public static string RoundTrip(double value) => value switch
    {
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        _ when double.IsNaN(value) => "nan",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
