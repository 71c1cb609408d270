using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace MdpDsl.Plotting;

/// <summary>
/// A grid of coloured cells, column x from the left and row y from the bottom, each with an optional text label
/// and arrows from its centre. A cell without a value stays grey: a terminal state, a wall, a cell not measured.
/// </summary>
public sealed class HeatMap : Chart
{
    /// <summary>The colour of the arrows, dark enough to read on every colour of the map.</summary>
    public static readonly Color ArrowColor = Color.FromHex("#1F1F1F");

    private static readonly Color EmptyColor = Color.FromHex("#E4E4E4");
    private readonly double[,] _values;
    private readonly string?[,] _labels;
    private readonly List<(int X, int Y, double Dx, double Dy)> _arrows = [];

    /// <summary>An empty map of <paramref name="columns"/> × <paramref name="rows"/> cells.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Either is below 1.</exception>
    public HeatMap(int columns, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        Columns = columns;
        Rows = rows;
        _values = new double[columns, rows];
        _labels = new string?[columns, rows];
        for (var x = 0; x < columns; x++)
            for (var y = 0; y < rows; y++)
                _values[x, y] = double.NaN;
        Width = Math.Clamp(90 * columns + 200, 360, 1600);
        Height = Math.Clamp(90 * rows + 140, 280, 1200);
    }

    /// <summary>The number of cells across.</summary>
    public int Columns { get; }

    /// <summary>The number of cells up.</summary>
    public int Rows { get; }

    /// <summary>The values at the two ends of the colour scale; by default the smallest and largest value set.</summary>
    public (double Min, double Max)? Range { get; set; }

    /// <summary>Whether the colour scale is drawn beside the map.</summary>
    public bool ShowColorBar { get; set; } = true;

    /// <summary>The caption of the colour scale, e.g. "V(s)".</summary>
    public string? ValueCaption { get; set; }

    /// <summary>The number of arrows added.</summary>
    public int ArrowCount => _arrows.Count;

    /// <summary>Colours cell (<paramref name="x"/>, <paramref name="y"/>) by <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside the grid, or the value is not finite.</exception>
    public void SetValue(int x, int y, double value)
    {
        CheckCell(x, y);
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, $"The value of cell ({x}, {y}) is {value.ToString(CultureInfo.InvariantCulture)}; a heat map colours finite values only.");
        _values[x, y] = value;
    }

    /// <summary>Writes <paramref name="text"/> in cell (<paramref name="x"/>, <paramref name="y"/>), below its centre; null removes it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside the grid.</exception>
    public void SetLabel(int x, int y, string? text)
    {
        CheckCell(x, y);
        _labels[x, y] = text;
    }

    /// <summary>
    /// Draws an arrow from the centre of cell (<paramref name="x"/>, <paramref name="y"/>) along
    /// (<paramref name="dx"/>, <paramref name="dy"/>), +dy pointing up; length 1 reaches near the cell's edge.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside the grid, or the arrow is longer than 1 or not finite.</exception>
    public void AddArrow(int x, int y, double dx, double dy)
    {
        CheckCell(x, y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        if (!double.IsFinite(length) || length > 1 + 1e-9)
            throw new ArgumentOutOfRangeException(nameof(dx), $"The arrow in cell ({x}, {y}) has direction ({dx.ToString(CultureInfo.InvariantCulture)}, {dy.ToString(CultureInfo.InvariantCulture)}); its length must be finite and at most 1.");
        _arrows.Add((x, y, dx, dy));
    }

    private protected override void Draw(Plot plot)
    {
        var heatmap = AddCells(plot);
        for (var x = 0; x < Columns; x++)
        {
            for (var y = 0; y < Rows; y++)
            {
                if (_labels[x, y] is not { } label)
                    continue;
                var text = plot.Add.Text(label, x, y - 0.3);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 12;
                text.LabelFontColor = heatmap is not null && IsDark(heatmap, _values[x, y]) ? Colors.White : Colors.Black;
            }
        }
        foreach (var (x, y, dx, dy) in _arrows)
        {
            var arrow = plot.Add.Arrow(x, y + 0.05, x + 0.42 * dx, y + 0.05 + 0.42 * dy);
            arrow.ArrowFillColor = ArrowColor;
            arrow.ArrowLineWidth = 0;
            // A short arrow gets a smaller head, or the head would hide how short it is.
            var scale = (float)Math.Clamp(Math.Sqrt(dx * dx + dy * dy) / 0.6, 0.35, 1);
            arrow.ArrowWidth = 3 * scale;
            arrow.ArrowheadWidth = 11 * scale;
            arrow.ArrowheadLength = 11 * scale;
            arrow.ArrowMinimumLength = 0;
        }

        plot.HideGrid();
        plot.Axes.Bottom.TickGenerator = IntegerTicks(Columns);
        plot.Axes.Left.TickGenerator = IntegerTicks(Rows);
        plot.Axes.SetLimits(-0.5, Columns - 0.5, -0.5, Rows - 0.5);
    }

    // Returns null for a grid without a value: ScottPlot cannot scale colours over no value at all, so it is drawn as
    // one grey rectangle.
    private ScottPlot.Plottables.Heatmap? AddCells(Plot plot)
    {
        var colored = Enumerable.Range(0, Columns).SelectMany(x => Enumerable.Range(0, Rows).Select(y => _values[x, y])).Where(double.IsFinite).ToArray();
        if (colored.Length == 0)
        {
            var empty = plot.Add.Rectangle(-0.5, Columns - 0.5, -0.5, Rows - 0.5);
            empty.FillColor = EmptyColor;
            empty.LineWidth = 0;
            return null;
        }
        // The heat map's first row is drawn at the top: flip so that row y sits at height y.
        var intensities = new double[Rows, Columns];
        for (var x = 0; x < Columns; x++)
            for (var y = 0; y < Rows; y++)
                intensities[Rows - 1 - y, x] = _values[x, y];
        var heatmap = plot.Add.Heatmap(intensities);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.NaNCellColor = EmptyColor;
        // One rectangle per cell rather than one embedded bitmap: crisp at any zoom, and every cell is its own SVG element.
        heatmap.RenderStrategy = new ScottPlot.Plottables.Heatmap.RenderStrategies.Rectangles();
        var (min, max) = Range ?? (colored.Min(), colored.Max());
        heatmap.ManualRange = new ScottPlot.Range(min, max == min ? min + 1 : max);
        if (ShowColorBar)
        {
            var colorBar = plot.Add.ColorBar(heatmap);
            colorBar.Label = ValueCaption ?? "";
            // A panel beside the axes, which the chart's font setting does not reach.
            colorBar.LabelStyle.FontName = EmbeddedFont.Name;
            colorBar.Axis.TickLabelStyle.FontName = EmbeddedFont.Name;
        }
        return heatmap;
    }

    private static bool IsDark(ScottPlot.Plottables.Heatmap heatmap, double value)
    {
        if (!double.IsFinite(value))
            return false;
        var range = heatmap.ManualRange!.Value;
        var color = heatmap.Colormap.GetColor(Math.Clamp((value - range.Min) / (range.Max - range.Min), 0, 1));
        return 0.299 * color.R + 0.587 * color.G + 0.114 * color.B < 140;
    }

    private static ScottPlot.TickGenerators.NumericManual IntegerTicks(int count)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < count; i++)
            ticks.AddMajor(i, i.ToString(CultureInfo.InvariantCulture));
        return ticks;
    }

    private void CheckCell(int x, int y)
    {
        if (x < 0 || x >= Columns || y < 0 || y >= Rows)
            throw new ArgumentOutOfRangeException(nameof(x), $"Cell ({x}, {y}) is outside the {Columns} × {Rows} grid.");
    }
}
