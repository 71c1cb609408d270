namespace MdpDsl.Samples.Plotting;

/// <summary>The look every chart shares, so that panels placed side by side match.</summary>
internal static class Style
{
    // Verdana and DejaVu Sans share metrics, so the text-width estimate below holds for the first font found.
    public const string FontFamily = "Verdana, 'DejaVu Sans', 'Bitstream Vera Sans', sans-serif";

    public const string Ink = "#1f1f1f";
    public const string Muted = "#5c5c5c";
    public const string Axis = "#4d4d4d";
    public const string GridLine = "#e3e3e3";
    public const string Background = "#ffffff";

    public const double TitleSize = 16;
    public const double SubtitleSize = 12;
    public const double CaptionSize = 12;
    public const double TickSize = 11;
    public const double Padding = 14;

    /// <summary>How far below the vertical middle of a line of text its baseline lies, in ems.</summary>
    public const double MiddleToBaseline = 0.36;

    /// <summary>
    /// A generous estimate of the width of <paramref name="text"/>: SVG cannot measure text before it is drawn,
    /// so layouts reserve this much and never clip.
    /// </summary>
    public static double TextWidth(string text, double size, bool bold = false) => text.Length * size * (bold ? 0.7 : 0.63);
}
