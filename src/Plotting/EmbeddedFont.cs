using System;
using ScottPlot;
using SkiaSharp;

namespace MdpDsl.Plotting;

/// <summary>
/// DejaVu Sans, shipped inside this assembly: a machine without fonts (a bare CI container) would otherwise render
/// every chart without a single letter, and machines with different fonts would render different pictures.
/// </summary>
internal sealed class EmbeddedFont : IFontResolver
{
    /// <summary>The family name the charts ask ScottPlot for; no system font bears it.</summary>
    public const string Name = "MdpDsl DejaVu Sans";

    private static readonly Lazy<SKTypeface> Typeface = new(Load);
    private static readonly Lazy<bool> Registered = new(Register);

    private EmbeddedFont()
    {
    }

    /// <summary>Makes <see cref="Name"/> known to ScottPlot; safe to call from any thread, any number of times.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    public SKTypeface CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        Resolve(fontName);

    public SKTypeface CreateTypeface(string fontName, bool bold, bool italic) => Resolve(fontName);

    // ScottPlot asks each resolver in turn and goes on to the next on null, so other font names keep their resolvers.
    private static SKTypeface Resolve(string fontName) => fontName == Name ? Typeface.Value : null!;

    private static bool Register()
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedFont());
        return true;
    }

    private static SKTypeface Load()
    {
        const string resource = "MdpDsl.Plotting.DejaVuSans.ttf";
        using var stream = typeof(EmbeddedFont).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The assembly {typeof(EmbeddedFont).Assembly.GetName().Name} lacks its font resource {resource}: it was built incompletely.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"The font resource {resource} is not a font SkiaSharp can read.");
    }
}
