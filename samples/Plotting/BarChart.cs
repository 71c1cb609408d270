using System;
using System.Collections.Generic;
using System.Linq;

namespace MdpDsl.Samples.Plotting;

/// <summary>
/// Bars grouped by category: the categories along the x axis, one bar per series side by side in each group, a
/// ticked y axis that always spans zero (bars grow from a zero line, downward for negative values), a legend beside
/// the plot and, optionally, each bar's value at its end.
/// </summary>
/// <remarks>
/// Suited to comparing a few numbers across methods, such as two solvers' action values for each action, or the
/// true and believed probabilities of each outcome.
/// </remarks>
public sealed class BarChart : Chart
{
    private const double AxisGap = 6;
    private const double TickLength = 4;
    private const double LegendGap = 18;
    private const double LegendSwatch = 12;
    private const double LegendRow = 18;
    private const double BarGap = 3;
    private const double ValueGap = 3;

    private readonly string[] _categories;
    private readonly List<Series> _series = new();
    private double _plotHeight = 260;
    private double _barWidth = 30;
    private int _valueDecimals = 2;
    private (double Min, double Max)? _yRange;

    /// <summary>Creates a chart with one group of bars per category, drawn left to right in the order given.</summary>
    /// <param name="categories">The labels under the groups.</param>
    /// <exception cref="ArgumentException">There are no categories, or one of them is null.</exception>
    public BarChart(params string[] categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (categories.Length == 0)
            throw new ArgumentException("A bar chart needs at least one category.", nameof(categories));
        if (categories.Any(c => c is null))
            throw new ArgumentException("A category label is null.", nameof(categories));
        _categories = (string[])categories.Clone();
    }

    /// <summary>The category labels, left to right.</summary>
    public IReadOnlyList<string> Categories => _categories;

    /// <summary>The colours series take in the order they are added: the same palette as <see cref="LineChart.Palette"/>.</summary>
    public static IReadOnlyList<string> Palette => LineChart.Palette;

    /// <summary>The height of the plotting area inside the axes, in pixels (default 260).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The height is below 50 pixels.</exception>
    public double PlotHeight
    {
        get => _plotHeight;
        set => _plotHeight = value >= 50 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The plot needs at least 50 pixels.");
    }

    /// <summary>
    /// The width of one bar in pixels (default 30). The plot is as wide as its groups need: bars are spread further
    /// apart when a category label or a value label is wider than the bars.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The width is below 4 pixels.</exception>
    public double BarWidth
    {
        get => _barWidth;
        set => _barWidth = value >= 4 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A bar must be at least 4 pixels wide.");
    }

    /// <summary>The caption under the category labels; null for none.</summary>
    public string? XCaption { get; set; }

    /// <summary>The caption of the y axis, such as "probability"; null for none.</summary>
    public string? YCaption { get; set; }

    /// <summary>Whether each bar's value is written at its end: above a positive bar, below a negative one.</summary>
    public bool ShowValues { get; set; }

    /// <summary>The decimals of the values written by <see cref="ShowValues"/> (default 2).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is outside 0 to 15.</exception>
    public int ValueDecimals
    {
        get => _valueDecimals;
        set => _valueDecimals = value is >= 0 and <= 15 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Use 0 to 15 decimals.");
    }

    /// <summary>
    /// The visible y range; null (the default) spans the values and zero, with room for the value labels, widened to
    /// whole ticks. Bars reaching outside a range given here are cut off at the edge of the plot.
    /// </summary>
    /// <exception cref="ArgumentException">The range is empty or not finite.</exception>
    public (double Min, double Max)? YRange
    {
        get => _yRange;
        set => _yRange = value is not { } r || (double.IsFinite(r.Min) && double.IsFinite(r.Max) && r.Min < r.Max)
            ? value
            : throw new ArgumentException($"The range [{r.Min}, {r.Max}] is empty or not finite.", nameof(value));
    }

    /// <summary>Adds a series: one bar in every group, placed to the right of the series added before it.</summary>
    /// <param name="name">The legend entry.</param>
    /// <param name="values">One value per category, in the order of <see cref="Categories"/>; a value that is not finite draws no bar.</param>
    /// <param name="color">A colour such as <c>#0072b2</c>; null takes the next one of <see cref="Palette"/>.</param>
    /// <exception cref="ArgumentException">The number of values is not the number of categories.</exception>
    public void AddSeries(string name, IEnumerable<double> values, string? color = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        var array = values.ToArray();
        if (array.Length != _categories.Length)
            throw new ArgumentException($"Series '{name}' has {array.Length} values for {_categories.Length} categories.", nameof(values));
        _series.Add(new Series(name, array, color ?? Palette[_series.Count % Palette.Count]));
    }

    private protected override double ContentWidth =>
        PlotLeft + PlotWidth + (_series.Count == 0 ? Style.Padding : LegendGap + LegendSwatch + 6 + LegendTextWidth + Style.Padding);

    private protected override double ContentHeight =>
        PlotTop + Math.Max(PlotHeight + TickLength + 3 + Style.TickSize + (XCaption is null ? 0 : AxisGap + Style.CaptionSize + 4), _series.Count * LegendRow) + Style.Padding;

    private double PlotTop => HeaderHeight > 0 ? 10 : Style.Padding;

    private double PlotLeft =>
        Style.Padding + (YCaption is null ? 0 : Style.CaptionSize + 4 + AxisGap)
        + YTicks.Axis.Select(t => Style.TextWidth(Numbers.Format(t, YTicks.Decimals), Style.TickSize)).DefaultIfEmpty(0).Max() + TickLength + 4;

    private double PlotWidth => _categories.Length * GroupWidth;

    private double LegendTextWidth => _series.Select(s => Style.TextWidth(s.Name, Style.CaptionSize)).DefaultIfEmpty(0).Max();

    /// <summary>The distance between the left edges of neighbouring bars in a group: wide enough for their value labels.</summary>
    private double BarPitch
    {
        get
        {
            var labels = ShowValues
                ? _series.SelectMany(s => s.Values).Where(double.IsFinite).Select(v => Style.TextWidth(Label(v), Style.TickSize) + 4).DefaultIfEmpty(0).Max()
                : 0;
            return Math.Max(BarWidth + BarGap, labels);
        }
    }

    /// <summary>The width a category takes: its bars, or its label if that is wider, and a margin on either side.</summary>
    private double GroupWidth
    {
        get
        {
            var bars = Math.Max(1, _series.Count) * BarPitch;
            var label = _categories.Select(c => Style.TextWidth(c, Style.TickSize)).Max();
            return Math.Max(bars, label) + Math.Max(16, BarWidth);
        }
    }

    private (double Min, double Max, double Step, int Decimals, double[] Axis) YTicks
    {
        get
        {
            var count = Math.Max(2, (int)(PlotHeight / 50));
            if (YRange is { } given)
            {
                var fixedStep = Ticks.Step(given.Min, given.Max, count);
                return (given.Min, given.Max, fixedStep, Ticks.Decimals(fixedStep), Ticks.Within(given.Min, given.Max, fixedStep).ToArray());
            }

            var values = _series.SelectMany(s => s.Values).Where(double.IsFinite).ToArray();
            var min = Math.Min(0, values.DefaultIfEmpty(0).Min());
            var max = Math.Max(0, values.DefaultIfEmpty(0).Max());
            if (max == min)
                max = min + 1;
            var step = Ticks.Step(min, max, count);
            (min, max) = Ticks.Widen(min, max, step);
            if (ShowValues)
                (min, max) = RoomForLabels(values, min, max);
            return (min, max, step, Ticks.Decimals(step), Ticks.Within(min, max, step).ToArray());
        }
    }

    /// <summary>
    /// [<paramref name="min"/>, <paramref name="max"/>] stretched, past the last tick if need be, until the label
    /// above the highest bar and the one below the lowest fit inside the plot. Ticks are chosen before, so that a
    /// label's few pixels never push the axis to the next round number (a probability axis to 1.5).
    /// </summary>
    private (double Min, double Max) RoomForLabels(double[] values, double min, double max)
    {
        // A label takes a fixed number of pixels, a share of the plot height; stretching the range changes what that
        // share is in data units, so settle it by a few rounds of fixed-point iteration (it contracts: the share is < 1/2).
        var share = (Style.TickSize + 2 * ValueGap) / PlotHeight;
        var highest = values.Where(v => v >= 0).DefaultIfEmpty(double.NegativeInfinity).Max();
        var lowest = values.Where(v => v < 0).DefaultIfEmpty(double.PositiveInfinity).Min();
        var (low, high) = (min, max);
        for (var round = 0; round < 16; round++)
        {
            var label = share * (high - low);
            (low, high) = (Math.Min(min, lowest - label), Math.Max(max, highest + label));
        }
        return (low, high);
    }

    private protected override void RenderContent(SvgWriter svg)
    {
        var (left, top) = (PlotLeft, PlotTop);
        var (bottom, right) = (top + PlotHeight, left + PlotWidth);
        var y = YTicks;
        double ToY(double value) => bottom - (value - y.Min) / (y.Max - y.Min) * PlotHeight;
        var zero = ToY(Math.Clamp(0, y.Min, y.Max));

        foreach (var tick in y.Axis)
        {
            svg.Line(left, ToY(tick), right, ToY(tick), Style.GridLine);
            svg.Line(left - TickLength, ToY(tick), left, ToY(tick), Style.Axis);
            svg.Text(left - TickLength - 3, ToY(tick), Numbers.Format(tick, y.Decimals), Style.TickSize, anchor: "end", fill: Style.Muted);
        }

        var clip = svg.NewId("bars");
        svg.Open("clipPath", ("id", clip));
        svg.Rect(left, top, PlotWidth, PlotHeight, "none");
        svg.Close();
        svg.Open("g", ("clip-path", $"url(#{clip})"));
        ForEachBar((series, category, x, value) =>
        {
            var end = ToY(value);
            svg.Open("rect", ("x", x), ("y", Math.Min(zero, end)), ("width", BarWidth), ("height", Math.Abs(end - zero)), ("fill", series.Color));
            // A tooltip in viewers that show one: the exact value without crowding the picture.
            svg.Element("title", $"{series.Name}, {_categories[category]}: {Numbers.Format(value, Math.Max(ValueDecimals, 3))}");
            svg.Close();
        });
        svg.Close();

        // The zero line over the bars' bases, darker than the grid, so that negative bars read as hanging from it.
        svg.Line(left, zero, right, zero, Style.Axis);
        svg.Line(left, top, left, bottom, Style.Axis);
        if (ShowValues)
        {
            ForEachBar((_, _, x, value) =>
            {
                var end = ToY(value);
                var middle = value >= 0 ? end - ValueGap - Style.TickSize / 2 : end + ValueGap + Style.TickSize / 2;
                // A bar cut off by a given range keeps its label inside the plot, over the bar, rather than over the title.
                middle = Math.Clamp(middle, top + Style.TickSize / 2, bottom - Style.TickSize / 2);
                svg.Text(x + BarWidth / 2, middle, Label(value), Style.TickSize, anchor: "middle");
            });
        }

        for (var c = 0; c < _categories.Length; c++)
            svg.Text(left + (c + 0.5) * GroupWidth, bottom + TickLength + 3 + Style.TickSize / 2, _categories[c], Style.TickSize, anchor: "middle");
        if (XCaption is not null)
            svg.Text((left + right) / 2, bottom + TickLength + 3 + Style.TickSize + AxisGap + Style.CaptionSize / 2 + 2, XCaption, Style.CaptionSize, anchor: "middle");
        if (YCaption is not null)
            svg.Text(Style.Padding + Style.CaptionSize / 2, (top + bottom) / 2, YCaption, Style.CaptionSize, anchor: "middle", rotate: -90);

        for (var i = 0; i < _series.Count; i++)
        {
            var (swatchLeft, rowY) = (right + LegendGap, top + (i + 0.5) * LegendRow);
            svg.Rect(swatchLeft, rowY - LegendSwatch / 2, LegendSwatch, LegendSwatch, _series[i].Color);
            svg.Text(swatchLeft + LegendSwatch + 6, rowY, _series[i].Name, Style.CaptionSize);
        }
    }

    /// <summary>Calls <paramref name="draw"/> with the left edge of every bar that has a finite value.</summary>
    private void ForEachBar(Action<Series, int, double, double> draw)
    {
        var (left, pitch, group) = (PlotLeft, BarPitch, GroupWidth);
        for (var c = 0; c < _categories.Length; c++)
        {
            // The bars of a group are centred on its category label, each centred in its own pitch.
            var first = left + (c + 0.5) * group - _series.Count * pitch / 2 + (pitch - BarWidth) / 2;
            for (var s = 0; s < _series.Count; s++)
            {
                var value = _series[s].Values[c];
                if (double.IsFinite(value))
                    draw(_series[s], c, first + s * pitch, value);
            }
        }
    }

    private string Label(double value) => Numbers.Format(value, ValueDecimals);

    private sealed record Series(string Name, double[] Values, string Color);
}
