using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;
using SkiaSharp;

namespace MdpDsl.Plotting;

/// <summary>Several charts on one picture, in a grid filled row by row, under a common title.</summary>
public sealed class Figure : Picture
{
    private const float TitleSize = 18, SubtitleSize = 13, Margin = 10;
    private readonly List<Chart> _charts;

    /// <summary>A figure of <paramref name="charts"/>, all on one row unless <see cref="Columns"/> says otherwise.</summary>
    /// <exception cref="ArgumentException">A chart is null.</exception>
    public Figure(params IEnumerable<Chart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        _charts = [];
        foreach (var chart in charts)
            Add(chart);
    }

    /// <summary>The charts in order.</summary>
    public IReadOnlyList<Chart> Charts => _charts;

    /// <summary>The charts per row; by default all of them on one.</summary>
    public int? Columns { get; set; }

    /// <summary>The title above every chart.</summary>
    public string? Title { get; set; }

    /// <summary>A second, smaller line under the title.</summary>
    public string? Subtitle { get; set; }

    /// <summary>Adds a chart after the others.</summary>
    /// <exception cref="ArgumentNullException">It is null.</exception>
    public void Add(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        _charts.Add(chart);
    }

    private protected override void Render(SKCanvas canvas, PixelRect area)
    {
        if (_charts.Count == 0)
            throw new InvalidOperationException("The figure has no chart to draw: add one before saving it.");
        var columns = Math.Clamp(Columns ?? _charts.Count, 1, _charts.Count);
        var rows = (_charts.Count + columns - 1) / columns;
        var top = area.Top + TitlesHeight();

        // A multiplot starts with a plot of its own: the first chart takes its place.
        var multiplot = new Multiplot(_charts[0].ToPlot()) { Layout = new ScottPlot.MultiplotLayouts.Grid(rows, columns) };
        foreach (var chart in _charts.Skip(1))
            multiplot.AddPlot(chart.ToPlot());
        // The layout places plots by fractions of a rectangle at the origin: move the origin below the titles.
        canvas.Save();
        canvas.Translate(area.Left, top);
        var plotsArea = new PixelRect(0, area.Width, area.Bottom - top, 0);
        // Off screen first, for the same reason as a single chart: else the SVG would hold every plot twice.
        multiplot.Render((int)Math.Ceiling(plotsArea.Width), (int)Math.Ceiling(plotsArea.Height));
        multiplot.Render(canvas, plotsArea);
        canvas.Restore();
        // After the plots, whose background covers the whole canvas.
        DrawTitles(canvas, area);
    }

    private float TitlesHeight() =>
        Title is null && Subtitle is null ? 0 : 2 * Margin + (Title is null ? 0 : 1.5f * TitleSize) + (Subtitle is null ? 0 : 1.5f * SubtitleSize);

    private void DrawTitles(SKCanvas canvas, PixelRect area)
    {
        var lines = new[] { (Text: Title, Size: TitleSize), (Text: Subtitle, Size: SubtitleSize) }.Where(line => line.Text is not null).ToArray();
        EmbeddedFont.EnsureRegistered();
        var typeface = Fonts.GetTypeface(EmbeddedFont.Name, bold: false, italic: false);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var y = Margin;
        foreach (var (text, size) in lines)
        {
            using var font = new SKFont(typeface, size);
            y += size;
            canvas.DrawText(text, area.Left + area.Width / 2, area.Top + y, SKTextAlign.Center, font, paint);
            y += size / 2;
        }
    }
}
