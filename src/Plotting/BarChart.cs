using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace MdpDsl.Plotting;

/// <summary>
/// Bars in named groups, e.g. one group per action: each series adds one bar to every group, side by side, in its
/// own colour with a legend entry.
/// </summary>
public sealed class BarChart : Chart
{
    private readonly string[] _groups;
    private readonly List<(string Name, double[] Values, Color? Color)> _series = [];

    /// <summary>A chart with one group of bars per name in <paramref name="groups"/>, left to right.</summary>
    /// <exception cref="ArgumentException">There is no group, or a name is null.</exception>
    public BarChart(IEnumerable<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        _groups = groups.ToArray();
        if (_groups.Length == 0 || _groups.Any(name => name is null))
            throw new ArgumentException("A bar chart needs at least one group, each with a name.", nameof(groups));
        Width = Math.Clamp(120 * _groups.Length + 240, 420, 1600);
    }

    /// <summary>The names of the groups, left to right.</summary>
    public IReadOnlyList<string> Groups => _groups;

    /// <summary>Whether each bar carries its value as text.</summary>
    public bool ShowValues { get; set; }

    /// <summary>The number of bars: one per group and series.</summary>
    public int BarCount => _series.Count * _groups.Length;

    /// <summary>Adds one bar per group, in the order of <see cref="Groups"/>.</summary>
    /// <param name="name">The series' name in the legend.</param>
    /// <param name="values">One finite value per group.</param>
    /// <param name="color">The bars' colour, e.g. "#0072B2"; by default the next in the palette.</param>
    /// <exception cref="ArgumentException">The number of values differs from the number of groups, or a value is not finite.</exception>
    public void AddSeries(string name, IEnumerable<double> values, string? color = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        var array = values.ToArray();
        if (array.Length != _groups.Length)
            throw new ArgumentException($"The series \"{name}\" has {array.Length} values for {_groups.Length} groups ({string.Join(", ", _groups)}).", nameof(values));
        var bad = Array.FindIndex(array, value => !double.IsFinite(value));
        if (bad >= 0)
            throw new ArgumentException($"The value of the series \"{name}\" for {_groups[bad]} is {array[bad].ToString(CultureInfo.InvariantCulture)}; a bar needs a finite height.", nameof(values));
        _series.Add((name, array, color is null ? null : Color.FromHex(color)));
    }

    private protected override void Draw(Plot plot)
    {
        if (_series.Count == 0)
            throw new InvalidOperationException("The bar chart has no bars to draw: add a series before saving it.");
        var palette = new ScottPlot.Palettes.Category10();
        // Each group spans 0.8 of the unit between group centres, shared by its bars.
        var barWidth = 0.8 / _series.Count;
        for (var s = 0; s < _series.Count; s++)
        {
            var (name, values, color) = _series[s];
            var fill = color ?? palette.GetColor(s);
            var bars = values.Select((value, g) => new Bar
            {
                Position = g - 0.4 + barWidth * (s + 0.5),
                Value = value,
                Size = barWidth * 0.92,
                FillColor = fill,
                LineWidth = 0,
                Label = ShowValues ? value.ToString("0.00", CultureInfo.InvariantCulture) : "",
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = name;
            plottable.ValueLabelStyle.FontSize = 11;
        }
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var g = 0; g < _groups.Length; g++)
            ticks.AddMajor(g, _groups[g]);
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.HideGrid();
        // Bars grow from 0, so 0 is in view whatever the sign of the values, with room for the value labels.
        var low = Math.Min(0, _series.Min(series => series.Values.Min()));
        var high = Math.Max(0, _series.Max(series => series.Values.Max()));
        var room = high == low ? 1 : 0.12 * (high - low);
        plot.Axes.SetLimitsY(low < 0 ? low - room : 0, high > 0 ? high + room : 0);
        // Below the plot, where no bar can be hidden behind it.
        if (_series.Count > 1)
            plot.ShowLegend(Edge.Bottom);
    }
}
