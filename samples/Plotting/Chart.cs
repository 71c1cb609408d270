using System;
using System.IO;
using System.Text;

namespace MdpDsl.Samples.Plotting;

/// <summary>
/// A picture that writes itself as a standalone SVG document: a <see cref="HeatMap"/>, a <see cref="LineChart"/>,
/// or a <see cref="Figure"/> that places several of them side by side.
/// </summary>
public abstract class Chart
{
    private const double TitleHeight = 22;
    private const double SubtitleHeight = 18;

    private protected Chart()
    {
    }

    /// <summary>The heading drawn above the chart; null for none.</summary>
    public string? Title { get; set; }

    /// <summary>A smaller line under the title, for instance how to read the chart; null for none.</summary>
    public string? Subtitle { get; set; }

    /// <summary>The width of the whole chart, in SVG user units (CSS pixels).</summary>
    public double Width => Math.Max(ContentWidth, Math.Max(TitleWidth, SubtitleWidth) + 2 * Style.Padding);

    /// <summary>The height of the whole chart, in SVG user units (CSS pixels).</summary>
    public double Height => HeaderHeight + ContentHeight;

    /// <summary>The width the chart needs below its header.</summary>
    private protected abstract double ContentWidth { get; }

    /// <summary>The height the chart needs below its header.</summary>
    private protected abstract double ContentHeight { get; }

    private protected double HeaderHeight =>
        Title is null && Subtitle is null ? 0 : Style.Padding + (Title is null ? 0 : TitleHeight) + (Subtitle is null ? 0 : SubtitleHeight);

    private double TitleWidth => Title is null ? 0 : Style.TextWidth(Title, Style.TitleSize, bold: true);

    private double SubtitleWidth => Subtitle is null ? 0 : Style.TextWidth(Subtitle, Style.SubtitleSize);

    /// <summary>The chart as a complete SVG document.</summary>
    public string ToSvg()
    {
        var svg = new SvgWriter();
        svg.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", Width), ("height", Height),
            ("viewBox", $"0 0 {Numbers.Svg(Width)} {Numbers.Svg(Height)}"),
            ("font-family", Style.FontFamily));
        svg.Rect(0, 0, Width, Height, Style.Background);
        Render(svg);
        svg.Close();
        return svg.ToString();
    }

    /// <summary>Writes the chart as an SVG file, creating its folder if needed.</summary>
    /// <param name="path">Where to write, conventionally ending in <c>.svg</c>.</param>
    /// <returns>The full path of the file written.</returns>
    public string Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, ToSvg(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return fullPath;
    }

    /// <summary>Draws the chart with its top-left corner at the origin of the current coordinate system.</summary>
    internal void Render(SvgWriter svg)
    {
        var y = Style.Padding;
        if (Title is not null)
        {
            svg.Text(Width / 2, y + TitleHeight / 2, Title, Style.TitleSize, anchor: "middle", bold: true);
            y += TitleHeight;
        }
        if (Subtitle is not null)
            svg.Text(Width / 2, y + SubtitleHeight / 2, Subtitle, Style.SubtitleSize, anchor: "middle", fill: Style.Muted);

        // Content narrower than a long title is centred under it.
        svg.Open("g", ("transform", $"translate({Numbers.Svg((Width - ContentWidth) / 2)} {Numbers.Svg(HeaderHeight)})"));
        RenderContent(svg);
        svg.Close();
    }

    /// <summary>Draws what lies below the header, within <see cref="ContentWidth"/> × <see cref="ContentHeight"/>.</summary>
    private protected abstract void RenderContent(SvgWriter svg);
}
