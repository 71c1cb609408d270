using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace MdpDsl.Plotting;

/// <summary>
/// Lines over 1, 2, 3, … (episodes, pulls, iterations), each in its own colour with a legend, and dashed
/// horizontal reference lines such as the optimal return.
/// </summary>
public sealed class LineChart : Chart
{
    private readonly List<(string Name, double[] Values)> _series = [];
    private readonly List<(string Name, double Value)> _references = [];

    /// <summary>An empty chart, wide enough for a subtitle of a sentence.</summary>
    public LineChart()
    {
        Width = 860;
        Height = 540;
    }

    /// <summary>The vertical range; by default one that fits every line.</summary>
    public (double Min, double Max)? YRange { get; set; }

    /// <summary>The names of the lines added, in order.</summary>
    public IReadOnlyList<string> SeriesNames => _series.Select(series => series.Name).ToArray();

    /// <summary>Adds a line through <paramref name="values"/>, the first at x = 1.</summary>
    /// <exception cref="ArgumentException">The values are empty or one is not finite.</exception>
    public void AddSeries(string name, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        var array = values.ToArray();
        if (array.Length == 0)
            throw new ArgumentException($"The series \"{name}\" has no values to draw.", nameof(values));
        var bad = Array.FindIndex(array, value => !double.IsFinite(value));
        if (bad >= 0)
            throw new ArgumentException($"Value {bad + 1} of the series \"{name}\" is {array[bad].ToString(CultureInfo.InvariantCulture)}; a line goes through finite values only.", nameof(values));
        _series.Add((name, array));
    }

    /// <summary>Adds a dashed horizontal line at <paramref name="value"/>, named in the legend.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public void AddReferenceLine(string name, double value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, $"The reference line \"{name}\" needs a finite height.");
        _references.Add((name, value));
    }

    /// <summary>
    /// The trailing moving average: element i is the mean of <paramref name="values"/>[i − window + 1 … i], over
    /// fewer elements at the start where the window does not fit yet. Smooths a noisy learning curve without
    /// shifting it in time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The window is below 1.</exception>
    public static double[] MovingAverage(IReadOnlyList<double> values, int window)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var averages = new double[values.Count];
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[i];
            if (i >= window)
                sum -= values[i - window];
            averages[i] = sum / Math.Min(i + 1, window);
        }
        return averages;
    }

    private protected override void Draw(Plot plot)
    {
        if (_series.Count == 0 && _references.Count == 0)
            throw new InvalidOperationException("The line chart has no line to draw: add a series before saving it.");
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < _series.Count; i++)
        {
            var (name, values) = _series[i];
            var xs = Enumerable.Range(1, values.Length).Select(x => (double)x).ToArray();
            var line = plot.Add.ScatterLine(xs, values, palette.GetColor(i));
            line.LineWidth = 2;
            line.LegendText = name;
        }
        foreach (var (name, value) in _references)
        {
            var line = plot.Add.HorizontalLine(value, 1.5f, Colors.Gray, LinePattern.Dashed);
            line.LegendText = name;
        }
        plot.ShowLegend(Alignment.LowerRight);
        if (YRange is var (min, max))
            plot.Axes.SetLimitsY(min, max);
    }
}
