using System;
using ScottPlot;
using SkiaSharp;

namespace MdpDsl.Plotting;

/// <summary>
/// One chart: its data and captions, turned into a ScottPlot <see cref="Plot"/> each time it is saved or asked for
/// with <see cref="ToPlot"/> (to restyle it with ScottPlot's own API before saving).
/// </summary>
public abstract class Chart : Picture
{
    private protected Chart()
    {
    }

    /// <summary>The title above the chart.</summary>
    public string? Title { get; set; }

    /// <summary>A second, smaller line under the title: what is averaged, what the lines mean.</summary>
    public string? Subtitle { get; set; }

    /// <summary>The caption of the horizontal axis.</summary>
    public string? XCaption { get; set; }

    /// <summary>The caption of the vertical axis.</summary>
    public string? YCaption { get; set; }

    /// <summary>A new ScottPlot plot of this chart, every text in the embedded font.</summary>
    public Plot ToPlot()
    {
        EmbeddedFont.EnsureRegistered();
        var plot = new Plot();
        Draw(plot);
        if (Title is not null || Subtitle is not null)
            plot.Title(Subtitle is null ? Title! : $"{Title}\n{Subtitle}", 14);
        if (XCaption is not null)
            plot.XLabel(XCaption, 13);
        if (YCaption is not null)
            plot.YLabel(YCaption, 13);
        // Set last, so that it reaches the axes, the legend and every label the chart added.
        plot.Font.Set(EmbeddedFont.Name);
        plot.Legend.FontName = EmbeddedFont.Name;
        foreach (var text in plot.GetPlottables<ScottPlot.Plottables.Text>())
            text.LabelFontName = EmbeddedFont.Name;
        foreach (var bars in plot.GetPlottables<ScottPlot.Plottables.BarPlot>())
            bars.ValueLabelStyle.FontName = EmbeddedFont.Name;
        return plot;
    }

    /// <summary>Adds the chart's data to a new <paramref name="plot"/>.</summary>
    private protected abstract void Draw(Plot plot);

    private protected override void Render(SKCanvas canvas, PixelRect area) => Settle(ToPlot(), area).Render(canvas, area);

    /// <summary>
    /// Renders <paramref name="plot"/> once off screen: the first render fits the axes and lays the plot out, and
    /// ScottPlot renders a second time when that changed the layout, which an SVG canvas would keep twice over.
    /// </summary>
    private static Plot Settle(Plot plot, PixelRect area)
    {
        plot.RenderInMemory((int)Math.Ceiling(area.Width), (int)Math.Ceiling(area.Height));
        return plot;
    }
}
