using System;
using System.Collections.Generic;
using System.Linq;

namespace MdpDsl.Samples.Plotting;

/// <summary>Several charts in one picture, laid out left to right in rows, under an optional common title.</summary>
public sealed class Figure : Chart
{
    private readonly List<Chart> _panels = new();
    private int _columns;

    /// <summary>Creates a figure of <paramref name="panels"/>, left to right.</summary>
    public Figure(params Chart[] panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        foreach (var panel in panels)
            Add(panel);
    }

    /// <summary>The panels in the order they are drawn.</summary>
    public IReadOnlyList<Chart> Panels => _panels;

    /// <summary>The most panels in a row before the next row starts; 0 (the default) puts all of them in one row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Columns
    {
        get => _columns;
        set => _columns = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Use 0 for a single row.");
    }

    /// <summary>Appends <paramref name="panel"/> after the panels already added.</summary>
    /// <exception cref="ArgumentException">The panel is this figure itself.</exception>
    public void Add(Chart panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        if (ReferenceEquals(panel, this))
            throw new ArgumentException("A figure cannot contain itself.", nameof(panel));
        _panels.Add(panel);
    }

    private int ColumnCount => Columns == 0 ? Math.Max(1, _panels.Count) : Columns;

    private double[] ColumnWidths =>
        Enumerable.Range(0, ColumnCount).Select(c => _panels.Where((_, i) => i % ColumnCount == c).Select(p => p.Width).DefaultIfEmpty(0).Max()).ToArray();

    private double[] RowHeights =>
        _panels.Chunk(ColumnCount).Select(row => row.Max(p => p.Height)).ToArray();

    private protected override double ContentWidth => ColumnWidths.Sum();

    private protected override double ContentHeight => RowHeights.Sum();

    private protected override void RenderContent(SvgWriter svg)
    {
        var widths = ColumnWidths;
        var heights = RowHeights;
        for (var i = 0; i < _panels.Count; i++)
        {
            var (row, column) = Math.DivRem(i, ColumnCount);
            // A narrower panel is centred in its column so that a row of unequal maps still lines up by middle.
            var x = widths.Take(column).Sum() + (widths[column] - _panels[i].Width) / 2;
            var y = heights.Take(row).Sum();
            svg.Open("g", ("transform", $"translate({Numbers.Svg(x)} {Numbers.Svg(y)})"));
            _panels[i].Render(svg);
            svg.Close();
        }
    }
}
