using System;
using System.Collections.Generic;
using System.Linq;

namespace MdpDsl.Samples.Plotting;

/// <summary>
/// Lines over a common x axis, such as learning curves (return per episode for several learners), with ticked
/// axes, light grid lines, dashed horizontal reference lines and a legend beside the plot.
/// </summary>
public sealed class LineChart : Chart
{
    private const double AxisGap = 6;
    private const double TickLength = 4;
    private const double LegendGap = 18;
    private const double LegendSample = 26;
    private const double LegendRow = 18;

    private readonly List<Line> _lines = new();
    private double _plotWidth = 560;
    private double _plotHeight = 320;
    private (double Min, double Max)? _xRange;
    private (double Min, double Max)? _yRange;

    /// <summary>
    /// Colours the lines take in the order they are added: the Okabe–Ito palette, distinguishable by colour-blind
    /// readers. Pass one of them explicitly to match a reference line to its series.
    /// </summary>
    public static IReadOnlyList<string> Palette { get; } = new[] { "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000" };

    /// <summary>The width of the plotting area inside the axes, in pixels (default 560).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The width is below 50 pixels.</exception>
    public double PlotWidth
    {
        get => _plotWidth;
        set => _plotWidth = value >= 50 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The plot needs at least 50 pixels.");
    }

    /// <summary>The height of the plotting area inside the axes, in pixels (default 320).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The height is below 50 pixels.</exception>
    public double PlotHeight
    {
        get => _plotHeight;
        set => _plotHeight = value >= 50 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The plot needs at least 50 pixels.");
    }

    /// <summary>The caption of the x axis, such as "episode"; null for none.</summary>
    public string? XCaption { get; set; }

    /// <summary>The caption of the y axis, such as "return"; null for none.</summary>
    public string? YCaption { get; set; }

    /// <summary>The visible x range; null (the default) spans the data. Lines outside are clipped.</summary>
    /// <exception cref="ArgumentException">The range is empty or not finite.</exception>
    public (double Min, double Max)? XRange
    {
        get => _xRange;
        set => _xRange = CheckRange(value);
    }

    /// <summary>The visible y range; null (the default) spans the data and reference lines, widened to whole ticks.</summary>
    /// <exception cref="ArgumentException">The range is empty or not finite.</exception>
    public (double Min, double Max)? YRange
    {
        get => _yRange;
        set => _yRange = CheckRange(value);
    }

    /// <summary>
    /// Adds a line through <paramref name="values"/> at x = 0, 1, 2, …. A value that is not finite leaves a gap.
    /// </summary>
    /// <param name="name">The legend entry.</param>
    /// <param name="values">The y values in x order.</param>
    /// <param name="color">A colour such as <c>#0072b2</c>; null takes the next one of <see cref="Palette"/>.</param>
    public void AddSeries(string name, IEnumerable<double> values, string? color = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        AddSeries(name, values.Select((y, x) => ((double)x, y)), color);
    }

    /// <summary>Adds a line through <paramref name="points"/> in the order given. A point whose y is not finite leaves a gap.</summary>
    /// <param name="name">The legend entry.</param>
    /// <param name="points">The points; an x that is not finite is skipped.</param>
    /// <param name="color">A colour such as <c>#0072b2</c>; null takes the next one of <see cref="Palette"/>.</param>
    public void AddSeries(string name, IEnumerable<(double X, double Y)> points, string? color = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(points);
        _lines.Add(new Line(name, points.Where(p => double.IsFinite(p.X)).ToArray(), color ?? NextColor(), Dashed: false));
    }

    /// <summary>Adds a dashed horizontal line at <paramref name="y"/> across the whole plot, such as an exact optimum a learner should approach.</summary>
    /// <param name="name">The legend entry.</param>
    /// <param name="y">The height of the line.</param>
    /// <param name="color">A colour such as <c>#0072b2</c>; null draws it in dark grey.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="y"/> is not finite.</exception>
    public void AddReferenceLine(string name, double y, string? color = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!double.IsFinite(y))
            throw new ArgumentOutOfRangeException(nameof(y), y, "A reference line needs a finite height.");
        _lines.Add(new Line(name, new[] { (double.NaN, y) }, color ?? Style.Axis, Dashed: true));
    }

    /// <summary>
    /// The trailing moving average of <paramref name="values"/> over <paramref name="window"/> values (fewer at the
    /// start): smooths a noisy learning curve without shifting where it ends.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The window is not positive.</exception>
    public static double[] MovingAverage(IEnumerable<double> values, int window)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(window);
        var input = values.ToArray();
        var averages = new double[input.Length];
        var sum = 0.0;
        for (var i = 0; i < input.Length; i++)
        {
            sum += input[i];
            if (i >= window)
                sum -= input[i - window];
            averages[i] = sum / Math.Min(i + 1, window);
        }
        return averages;
    }

    private protected override double ContentWidth =>
        PlotLeft + PlotWidth + (_lines.Count == 0 ? Style.Padding + Style.TickSize : LegendGap + LegendSample + 6 + LegendTextWidth + Style.Padding);

    private protected override double ContentHeight =>
        PlotTop + Math.Max(PlotHeight + TickLength + 3 + Style.TickSize + (XCaption is null ? 0 : AxisGap + Style.CaptionSize + 4), _lines.Count * LegendRow) + Style.Padding;

    private double PlotTop => HeaderHeight > 0 ? 10 : Style.Padding;

    private double PlotLeft =>
        Style.Padding + (YCaption is null ? 0 : Style.CaptionSize + 4 + AxisGap)
        + YTicks.Axis.Select(t => Style.TextWidth(Numbers.Format(t, YTicks.Decimals), Style.TickSize)).DefaultIfEmpty(0).Max() + TickLength + 4;

    private double LegendTextWidth => _lines.Select(l => Style.TextWidth(l.Name, Style.CaptionSize)).DefaultIfEmpty(0).Max();

    private (double Min, double Max, double Step, int Decimals, double[] Axis) XTicks
    {
        get
        {
            var (min, max) = XRange ?? Ticks.NonEmpty(
                _lines.SelectMany(l => l.Points).Select(p => p.X).Where(double.IsFinite).DefaultIfEmpty(0).Min(),
                _lines.SelectMany(l => l.Points).Select(p => p.X).Where(double.IsFinite).DefaultIfEmpty(1).Max());
            var step = Ticks.Step(min, max, Math.Max(2, (int)(PlotWidth / 90)));
            return (min, max, step, Ticks.Decimals(step), Ticks.Within(min, max, step).ToArray());
        }
    }

    private (double Min, double Max, double Step, int Decimals, double[] Axis) YTicks
    {
        get
        {
            var ys = _lines.SelectMany(l => l.Points).Select(p => p.Y).Where(double.IsFinite).ToArray();
            var (min, max) = YRange ?? Ticks.NonEmpty(ys.DefaultIfEmpty(0).Min(), ys.DefaultIfEmpty(1).Max());
            var step = Ticks.Step(min, max, Math.Max(2, (int)(PlotHeight / 55)));
            if (YRange is null)
                (min, max) = Ticks.Widen(min, max, step);
            return (min, max, step, Ticks.Decimals(step), Ticks.Within(min, max, step).ToArray());
        }
    }

    private protected override void RenderContent(SvgWriter svg)
    {
        var (left, top) = (PlotLeft, PlotTop);
        var (bottom, right) = (top + PlotHeight, left + PlotWidth);
        var x = XTicks;
        var y = YTicks;
        double ToX(double value) => left + (value - x.Min) / (x.Max - x.Min) * PlotWidth;
        double ToY(double value) => bottom - (value - y.Min) / (y.Max - y.Min) * PlotHeight;

        foreach (var tick in x.Axis)
        {
            svg.Line(ToX(tick), top, ToX(tick), bottom, Style.GridLine);
            svg.Line(ToX(tick), bottom, ToX(tick), bottom + TickLength, Style.Axis);
            svg.Text(ToX(tick), bottom + TickLength + 3 + Style.TickSize / 2, Numbers.Format(tick, x.Decimals), Style.TickSize, anchor: "middle", fill: Style.Muted);
        }
        foreach (var tick in y.Axis)
        {
            svg.Line(left, ToY(tick), right, ToY(tick), Style.GridLine);
            svg.Line(left - TickLength, ToY(tick), left, ToY(tick), Style.Axis);
            svg.Text(left - TickLength - 3, ToY(tick), Numbers.Format(tick, y.Decimals), Style.TickSize, anchor: "end", fill: Style.Muted);
        }
        svg.Line(left, top, left, bottom, Style.Axis);
        svg.Line(left, bottom, right, bottom, Style.Axis);
        if (XCaption is not null)
            svg.Text((left + right) / 2, bottom + TickLength + 3 + Style.TickSize + AxisGap + Style.CaptionSize / 2 + 2, XCaption, Style.CaptionSize, anchor: "middle");
        if (YCaption is not null)
            svg.Text(Style.Padding + Style.CaptionSize / 2, (top + bottom) / 2, YCaption, Style.CaptionSize, anchor: "middle", rotate: -90);

        var clip = svg.NewId("plot");
        svg.Open("clipPath", ("id", clip));
        svg.Rect(left, top, PlotWidth, PlotHeight, "none");
        svg.Close();
        svg.Open("g", ("clip-path", $"url(#{clip})"));
        foreach (var line in _lines)
        {
            if (line.Dashed)
                svg.Line(left, ToY(line.Points[0].Y), right, ToY(line.Points[0].Y), line.Color, 1.5, dash: "6 4");
            else
                RenderSeries(svg, line, ToX, ToY);
        }
        svg.Close();

        for (var i = 0; i < _lines.Count; i++)
        {
            var (sampleLeft, rowY) = (right + LegendGap, top + (i + 0.5) * LegendRow);
            svg.Line(sampleLeft, rowY, sampleLeft + LegendSample, rowY, _lines[i].Color, 2, _lines[i].Dashed ? "6 4" : null);
            svg.Text(sampleLeft + LegendSample + 6, rowY, _lines[i].Name, Style.CaptionSize);
        }
    }

    private static void RenderSeries(SvgWriter svg, Line line, Func<double, double> toX, Func<double, double> toY)
    {
        // Runs of finite points become one path each; a lone point between gaps becomes a dot so it is not lost.
        var run = new List<(double X, double Y)>();
        void Flush()
        {
            if (run.Count == 1)
                svg.Empty("circle", ("cx", run[0].X), ("cy", run[0].Y), ("r", 2.5), ("fill", line.Color));
            else if (run.Count > 1)
                svg.Empty("path",
                    ("d", "M" + string.Join(" L", run.Select(p => $"{Numbers.Svg(p.X)} {Numbers.Svg(p.Y)}"))),
                    ("fill", "none"), ("stroke", line.Color), ("stroke-width", 1.8), ("stroke-linejoin", "round"), ("stroke-linecap", "round"));
            run.Clear();
        }
        foreach (var (x, y) in line.Points)
        {
            if (double.IsFinite(y))
                run.Add((toX(x), toY(y)));
            else
                Flush();
        }
        Flush();
    }

    private string NextColor() => Palette[_lines.Count(l => !l.Dashed) % Palette.Count];

    private static (double Min, double Max)? CheckRange((double Min, double Max)? range) =>
        range is not { } r || (double.IsFinite(r.Min) && double.IsFinite(r.Max) && r.Min < r.Max)
            ? range
            : throw new ArgumentException($"The range [{r.Min}, {r.Max}] is empty or not finite.", "value");

    private sealed record Line(string Name, (double X, double Y)[] Points, string Color, bool Dashed);
}
