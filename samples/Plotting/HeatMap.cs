using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MdpDsl.Samples.Plotting;

/// <summary>Where an arrow sits in its cell.</summary>
public enum ArrowPlacement
{
    /// <summary>The arrow's midpoint is the cell's centre: one arrow per cell, such as a greedy action.</summary>
    Centered,

    /// <summary>The arrow starts at the cell's centre: several per cell, such as the probabilities of a stochastic policy.</summary>
    FromCenter,
}

/// <summary>
/// A grid of cells coloured by value, with a colour bar, and optionally arrows, a label and a small tag in each
/// cell: a value function over a 2-D state space with its policy on top.
/// </summary>
/// <remarks>
/// Cells are addressed as (column, row). By default row 0 is drawn at the bottom, as on a map with y pointing up;
/// set <see cref="RowZeroAtBottom"/> to false for matrix order. A cell without a value is drawn in neutral grey
/// and does not count towards the colour range: use it for walls or terminal states.
/// </remarks>
public sealed class HeatMap : Chart
{
    private const string EmptyFill = "#e6e6e6";
    private const double AxisGap = 6;
    private const double ColorBarGap = 18;
    private const double ColorBarWidth = 14;
    private const double TickLength = 4;

    private readonly double?[,] _values;
    private readonly string?[,] _labels;
    private readonly string?[,] _tags;
    private readonly List<(int Column, int Row, double Dx, double Dy, ArrowPlacement Placement)> _arrows = new();
    private double _cellSize = 72;
    private (double Min, double Max)? _range;

    /// <summary>Creates an empty map of <paramref name="columns"/> × <paramref name="rows"/> cells.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is not positive.</exception>
    public HeatMap(int columns, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        Columns = columns;
        Rows = rows;
        _values = new double?[columns, rows];
        _labels = new string?[columns, rows];
        _tags = new string?[columns, rows];
    }

    /// <summary>The number of columns.</summary>
    public int Columns { get; }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>The side of a cell in pixels (default 72); text and arrows scale with it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is below 16 pixels, too small to draw in.</exception>
    public double CellSize
    {
        get => _cellSize;
        set => _cellSize = value >= 16 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A cell must be at least 16 pixels wide.");
    }

    /// <summary>Whether row 0 is drawn at the bottom (the default, y pointing up) rather than at the top.</summary>
    public bool RowZeroAtBottom { get; set; } = true;

    /// <summary>The colour scale; <see cref="ColorMap.Viridis"/> by default.</summary>
    public ColorMap Colors { get; set; } = ColorMap.Viridis;

    /// <summary>
    /// The values at the two ends of the colour scale; values outside are clamped. Null (the default) spans the
    /// values set. Give several maps the same range to compare them by colour.
    /// </summary>
    /// <exception cref="ArgumentException">The range is empty or not finite.</exception>
    public (double Min, double Max)? Range
    {
        get => _range;
        set => _range = value is not { } range || (double.IsFinite(range.Min) && double.IsFinite(range.Max) && range.Min < range.Max)
            ? value
            : throw new ArgumentException($"The range [{range.Min}, {range.Max}] is empty or not finite.", nameof(value));
    }

    /// <summary>Whether to draw the colour bar (default true); side-by-side maps on one range need only one.</summary>
    public bool ShowColorBar { get; set; } = true;

    /// <summary>The caption of the colour bar, such as "V(s)"; null for none.</summary>
    public string? ValueCaption { get; set; }

    /// <summary>The caption under the columns, such as "x"; null for none.</summary>
    public string? ColumnCaption { get; set; }

    /// <summary>The caption beside the rows, such as "y"; null for none.</summary>
    public string? RowCaption { get; set; }

    /// <summary>The text under each column; null (the default) numbers them from 0.</summary>
    public IReadOnlyList<string>? ColumnNames { get; set; }

    /// <summary>The text beside each row; null (the default) numbers them from 0.</summary>
    public IReadOnlyList<string>? RowNames { get; set; }

    /// <summary>The number of decimals of the colour bar's tick labels; null (the default) chooses from the tick step.</summary>
    public int? ColorBarDecimals { get; set; }

    /// <summary>Colours the cell by <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside the map, or the value is not finite.</exception>
    public void SetValue(int column, int row, double value)
    {
        CheckCell(column, row);
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Cell ({column}, {row}) needs a finite value; leave it unset to draw it empty.");
        _values[column, row] = value;
    }

    /// <summary>
    /// Writes <paramref name="text"/> in the cell: along its bottom edge when the cell has arrows, large and centred
    /// when it has none (as a name for a wall or goal). Null removes the label.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside the map.</exception>
    public void SetLabel(int column, int row, string? text)
    {
        CheckCell(column, row);
        _labels[column, row] = text;
    }

    /// <summary>Writes a short <paramref name="text"/> small in the cell's top-left corner, such as "start". Null removes it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside the map.</exception>
    public void SetTag(int column, int row, string? text)
    {
        CheckCell(column, row);
        _tags[column, row] = text;
    }

    /// <summary>
    /// Draws an arrow in the cell pointing towards cell (column + <paramref name="dx"/>, row + <paramref name="dy"/>),
    /// so that +dy points up on screen when <see cref="RowZeroAtBottom"/> is true. The length of (dx, dy), from 0
    /// to 1, scales the arrow: 1 is the longest arrow that fits. Arrows too short to see are left out.
    /// </summary>
    /// <param name="column">The cell's column.</param>
    /// <param name="row">The cell's row.</param>
    /// <param name="dx">The column component of the direction.</param>
    /// <param name="dy">The row component of the direction.</param>
    /// <param name="placement">Whether the arrow is centred on the cell or starts at its centre.</param>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside the map, or the vector is not finite or longer than 1.</exception>
    public void AddArrow(int column, int row, double dx, double dy, ArrowPlacement placement = ArrowPlacement.Centered)
    {
        CheckCell(column, row);
        var length = Math.Sqrt(dx * dx + dy * dy);
        if (!(length <= 1 + 1e-9))
            throw new ArgumentOutOfRangeException(nameof(dx), $"The arrow ({dx}, {dy}) in cell ({column}, {row}) must have a finite length of at most 1.");
        _arrows.Add((column, row, dx, dy, placement));
    }

    private protected override double ContentWidth =>
        GridLeft + Columns * CellSize + (ShowColorBar ? ColorBarGap + ColorBarWidth + TickLength + 4 + ColorBarLabelWidth : 0)
        + (ShowColorBar && ValueCaption is not null ? AxisGap + Style.CaptionSize + 4 : 0) + Style.Padding;

    private protected override double ContentHeight =>
        GridTop + Rows * CellSize + AxisGap + Style.TickSize + (ColumnCaption is null ? 0 : AxisGap + Style.CaptionSize + 4) + Style.Padding;

    private double GridTop => HeaderHeight > 0 ? 8 : Style.Padding;

    private double GridLeft =>
        Style.Padding + (RowCaption is null ? 0 : Style.CaptionSize + 4 + AxisGap)
        + Enumerable.Range(0, Rows).Max(r => Style.TextWidth(RowName(r), Style.TickSize)) + AxisGap;

    private (double Min, double Max) ColorRange
    {
        get
        {
            if (Range is { } range)
                return range;
            var values = _values.Cast<double?>().OfType<double>().ToArray();
            return values.Length == 0 ? (0, 1) : Ticks.NonEmpty(values.Min(), values.Max());
        }
    }

    private double ColorBarStep => Ticks.Step(ColorRange.Min, ColorRange.Max, Math.Max(2, (int)(Rows * CellSize / 45)));

    private int ColorBarLabelDecimals => ColorBarDecimals ?? Ticks.Decimals(ColorBarStep);

    private double ColorBarLabelWidth =>
        Ticks.Within(ColorRange.Min, ColorRange.Max, ColorBarStep)
            .Select(t => Style.TextWidth(Numbers.Format(t, ColorBarLabelDecimals), Style.TickSize))
            .DefaultIfEmpty(0)
            .Max();

    private protected override void RenderContent(SvgWriter svg)
    {
        var (min, max) = ColorRange;
        for (var column = 0; column < Columns; column++)
        {
            for (var row = 0; row < Rows; row++)
                RenderCell(svg, column, row, _values[column, row] is { } value ? Math.Clamp((value - min) / (max - min), 0, 1) : null);
        }
        RenderAxes(svg);
        if (ShowColorBar)
            RenderColorBar(svg, min, max);
    }

    private void RenderCell(SvgWriter svg, int column, int row, double? fraction)
    {
        var (x, y) = CellCorner(column, row);
        var size = CellSize;
        svg.Rect(x, y, size, size, fraction is { } f ? Colors.ColorAt(f) : EmptyFill, stroke: Style.Background, strokeWidth: 1.5);
        var ink = fraction is { } g && !Colors.IsLight(g) ? Style.Background : Style.Ink;

        var arrows = _arrows.Where(a => a.Column == column && a.Row == row).ToArray();
        var label = _labels[column, row];
        if (label is not null && arrows.Length == 0)
            svg.Text(x + size / 2, y + size / 2, label, size * 0.2, anchor: "middle", fill: ink, bold: true);
        else if (label is not null)
            svg.Text(x + size / 2, y + size * 0.86, label, size * 0.165, anchor: "middle", fill: ink);
        if (_tags[column, row] is { } tag)
            svg.Text(x + size * 0.05, y + size * 0.1, tag, size * 0.12, fill: ink);

        // A label takes the bottom strip of the cell; the arrows centre on what is left.
        var areaHeight = label is null ? size : size * 0.74;
        var (centerX, centerY) = (x + size / 2, y + areaHeight / 2);
        foreach (var arrow in arrows)
        {
            var screenDy = RowZeroAtBottom ? -arrow.Dy : arrow.Dy;
            if (arrow.Placement == ArrowPlacement.Centered)
            {
                var scale = areaHeight * 0.6;
                var (halfX, halfY) = (arrow.Dx * scale / 2, screenDy * scale / 2);
                RenderArrow(svg, centerX - halfX, centerY - halfY, centerX + halfX, centerY + halfY, ink);
            }
            else
            {
                // A small hole in the middle keeps the arrows of one cell apart, so that short ones stay readable.
                var hole = size * 0.06;
                var scale = areaHeight / 2 - hole - size * 0.04;
                var length = Math.Sqrt(arrow.Dx * arrow.Dx + screenDy * screenDy);
                if (length == 0)
                    continue;
                var (ux, uy) = (arrow.Dx / length, screenDy / length);
                RenderArrow(svg, centerX + ux * hole, centerY + uy * hole, centerX + ux * (hole + length * scale), centerY + uy * (hole + length * scale), ink);
            }
        }
    }

    /// <summary>One filled outline, shaft and head together, so that it looks the same in every renderer.</summary>
    private void RenderArrow(SvgWriter svg, double fromX, double fromY, double toX, double toY, string fill)
    {
        var length = Math.Sqrt((toX - fromX) * (toX - fromX) + (toY - fromY) * (toY - fromY));
        if (length < 1.5)
            return;
        var (ux, uy) = ((toX - fromX) / length, (toY - fromY) / length);
        var (nx, ny) = (-uy, ux);
        // Short arrows shrink in every part, so that they keep the shape of an arrow rather than become a blob.
        var shaft = Math.Min(CellSize * 0.042, length * 0.22);
        var head = Math.Min(CellSize * 0.15, length * 0.45);
        var headWidth = Math.Min(CellSize * 0.16, length * 0.6);
        var (neckX, neckY) = (toX - ux * head, toY - uy * head);
        var points = new[]
        {
            (fromX + nx * shaft / 2, fromY + ny * shaft / 2),
            (neckX + nx * shaft / 2, neckY + ny * shaft / 2),
            (neckX + nx * headWidth / 2, neckY + ny * headWidth / 2),
            (toX, toY),
            (neckX - nx * headWidth / 2, neckY - ny * headWidth / 2),
            (neckX - nx * shaft / 2, neckY - ny * shaft / 2),
            (fromX - nx * shaft / 2, fromY - ny * shaft / 2),
        };
        svg.Empty("polygon", ("points", string.Join(" ", points.Select(p => $"{Numbers.Svg(p.Item1)},{Numbers.Svg(p.Item2)}"))), ("fill", fill));
    }

    private void RenderAxes(SvgWriter svg)
    {
        var gridBottom = GridTop + Rows * CellSize;
        for (var column = 0; column < Columns; column++)
            svg.Text(GridLeft + (column + 0.5) * CellSize, gridBottom + AxisGap + Style.TickSize / 2, ColumnName(column), Style.TickSize, anchor: "middle", fill: Style.Muted);
        for (var row = 0; row < Rows; row++)
            svg.Text(GridLeft - AxisGap, CellCorner(0, row).Y + CellSize / 2, RowName(row), Style.TickSize, anchor: "end", fill: Style.Muted);
        if (ColumnCaption is not null)
            svg.Text(GridLeft + Columns * CellSize / 2, gridBottom + 2 * AxisGap + Style.TickSize + Style.CaptionSize / 2 + 2, ColumnCaption, Style.CaptionSize, anchor: "middle");
        if (RowCaption is not null)
        {
            var x = Style.Padding + Style.CaptionSize / 2;
            svg.Text(x, GridTop + Rows * CellSize / 2, RowCaption, Style.CaptionSize, anchor: "middle", rotate: -90);
        }
    }

    private void RenderColorBar(SvgWriter svg, double min, double max)
    {
        var left = GridLeft + Columns * CellSize + ColorBarGap;
        var (top, height) = (GridTop, Rows * CellSize);
        var gradient = svg.NewId("colorbar");
        svg.Open("defs");
        svg.Open("linearGradient", ("id", gradient), ("x1", 0), ("y1", 1), ("x2", 0), ("y2", 0));
        const int stops = 24;
        for (var k = 0; k <= stops; k++)
            svg.Empty("stop", ("offset", (double)k / stops), ("stop-color", Colors.ColorAt((double)k / stops)));
        svg.Close();
        svg.Close();
        svg.Rect(left, top, ColorBarWidth, height, $"url(#{gradient})", stroke: "#9a9a9a", strokeWidth: 0.5);

        foreach (var tick in Ticks.Within(min, max, ColorBarStep))
        {
            var y = top + height * (1 - (tick - min) / (max - min));
            svg.Line(left + ColorBarWidth, y, left + ColorBarWidth + TickLength, y, Style.Axis);
            svg.Text(left + ColorBarWidth + TickLength + 3, y, Numbers.Format(tick, ColorBarLabelDecimals), Style.TickSize, fill: Style.Muted);
        }
        if (ValueCaption is not null)
        {
            var x = left + ColorBarWidth + TickLength + 4 + ColorBarLabelWidth + AxisGap + Style.CaptionSize / 2;
            svg.Text(x, top + height / 2, ValueCaption, Style.CaptionSize, anchor: "middle", rotate: -90);
        }
    }

    private (double X, double Y) CellCorner(int column, int row) =>
        (GridLeft + column * CellSize, GridTop + (RowZeroAtBottom ? Rows - 1 - row : row) * CellSize);

    private string ColumnName(int column) => ColumnNames is { } names && column < names.Count ? names[column] : column.ToString(CultureInfo.InvariantCulture);

    private string RowName(int row) => RowNames is { } names && row < names.Count ? names[row] : row.ToString(CultureInfo.InvariantCulture);

    private void CheckCell(int column, int row)
    {
        if ((uint)column >= (uint)Columns)
            throw new ArgumentOutOfRangeException(nameof(column), column, $"The map has columns 0 to {Columns - 1}.");
        if ((uint)row >= (uint)Rows)
            throw new ArgumentOutOfRangeException(nameof(row), row, $"The map has rows 0 to {Rows - 1}.");
    }
}
