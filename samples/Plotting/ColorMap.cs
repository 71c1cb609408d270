using System;
using System.Globalization;
using System.Linq;

namespace MdpDsl.Samples.Plotting;

/// <summary>A colour scale: maps a fraction in [0, 1] to a colour by interpolating evenly spaced stops in sRGB.</summary>
public sealed class ColorMap
{
    private readonly (double R, double G, double B)[] _stops;

    /// <summary>Creates a scale through <paramref name="stops"/>, evenly spaced from 0 to 1.</summary>
    /// <param name="stops">At least two colours as <c>#rrggbb</c>, the colour of 0 first.</param>
    /// <exception cref="ArgumentException">Fewer than two stops, or one that is not <c>#rrggbb</c>.</exception>
    public ColorMap(params string[] stops)
    {
        ArgumentNullException.ThrowIfNull(stops);
        if (stops.Length < 2)
            throw new ArgumentException("A colour scale needs at least two stops.", nameof(stops));
        _stops = stops.Select(Parse).ToArray();
    }

    /// <summary>
    /// Viridis (matplotlib's default): dark purple through teal to yellow, perceptually uniform, readable in
    /// grey scale and by colour-blind readers. Good for values where higher is better.
    /// </summary>
    public static ColorMap Viridis { get; } = new("#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#27ad81", "#5ec962", "#aadc32", "#fde725");

    /// <summary>
    /// Blue through white to red (ColorBrewer RdBu, reversed): for signed quantities such as errors or advantages,
    /// with a range symmetric around 0 so that white means 0.
    /// </summary>
    public static ColorMap Diverging { get; } = new("#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b");

    /// <summary>The colour at <paramref name="fraction"/> of the scale, as <c>#rrggbb</c>; fractions outside [0, 1] are clamped.</summary>
    public string ColorAt(double fraction)
    {
        var (r, g, b) = Rgb(fraction);
        return string.Create(CultureInfo.InvariantCulture, $"#{ToByte(r):x2}{ToByte(g):x2}{ToByte(b):x2}");
    }

    /// <summary>
    /// Whether text drawn on the colour at <paramref name="fraction"/> should be dark rather than white, judged by
    /// the colour's relative luminance.
    /// </summary>
    internal bool IsLight(double fraction)
    {
        var (r, g, b) = Rgb(fraction);
        var luminance = 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
        // 0.18 is where black and white text have equal contrast (WCAG contrast ratios).
        return luminance > 0.18;
    }

    private (double R, double G, double B) Rgb(double fraction)
    {
        var position = (double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1)) * (_stops.Length - 1);
        var lower = Math.Min((int)position, _stops.Length - 2);
        var t = position - lower;
        var (a, b) = (_stops[lower], _stops[lower + 1]);
        return (a.R + t * (b.R - a.R), a.G + t * (b.G - a.G), a.B + t * (b.B - a.B));
    }

    private static int ToByte(double channel) => (int)Math.Round(channel * 255);

    private static double Linear(double channel) => channel <= 0.04045 ? channel / 12.92 : Math.Pow((channel + 0.055) / 1.055, 2.4);

    private static (double, double, double) Parse(string color)
    {
        if (color is not { Length: 7 } || color[0] != '#'
            || !int.TryParse(color.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
            throw new ArgumentException($"'{color}' is not a colour of the form #rrggbb.", nameof(color));
        return (((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
    }
}
