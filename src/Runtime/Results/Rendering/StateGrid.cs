using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using MdpDsl.Compilation;
using MdpDsl.Interchange;

namespace MdpDsl.Rendering;

/// <summary>
/// A grid of one text per state, for a state type of exactly two integer fields: one field numbers the rows (top to
/// bottom, ascending), the other the columns. Places no state occupies show <c>·</c>.
/// </summary>
internal static class StateGrid
{
    /// <summary>The largest number of rows or columns shown; the middle of a larger grid is elided.</summary>
    public const int MaxSide = 40;

    /// <summary>
    /// Renders <paramref name="cell"/> of every state in a grid. The row field is <paramref name="rowField"/> when given;
    /// otherwise a field named <c>Row</c> or <c>Y</c> (case aside), else the first field, as in matrix notation.
    /// </summary>
    /// <exception cref="InvalidOperationException">The state type is not two integer fields.</exception>
    /// <exception cref="ArgumentException"><paramref name="rowField"/> names neither field.</exception>
    public static string Render<TState>(Indexer<TState> states, string? rowField, Func<int, string> cell)
        where TState : notnull
    {
        var (rowOf, columnOf, rowName, columnName) = Coordinates(states, rowField);
        var rows = Axis(rowOf);
        var columns = Axis(columnOf);
        var at = new Dictionary<(long, long), int>();
        for (var s = 0; s < states.Count; s++)
            at[(rowOf[s], columnOf[s])] = s;

        var shownRows = Elision.Shown(rows.Length, MaxSide);
        var shownColumns = Elision.Shown(columns.Length, MaxSide);
        var header = new List<string> { $"{rowName} \\ {columnName}" };
        header.AddRange(shownColumns.Select(c => c == Elision.Gap ? "…" : columns[c].ToString(CultureInfo.InvariantCulture)));
        var lines = new List<List<string>> { header };
        foreach (var r in shownRows)
        {
            var line = new List<string> { r == Elision.Gap ? "…" : rows[r].ToString(CultureInfo.InvariantCulture) };
            foreach (var c in shownColumns)
            {
                if (r == Elision.Gap || c == Elision.Gap)
                    line.Add("…");
                else
                    line.Add(at.TryGetValue((rows[r], columns[c]), out var s) ? cell(s) : "·");
            }
            lines.Add(line);
        }

        var widths = Enumerable.Range(0, header.Count).Select(c => lines.Max(line => line[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line[0].PadRight(widths[0]));
            for (var c = 1; c < line.Count; c++)
                text.Append("  ").Append(line[c].PadLeft(widths[c]));
            text.AppendLine();
        }
        return text.ToString();
    }

    private static (long[] Rows, long[] Columns, string RowName, string ColumnName) Coordinates<TState>(Indexer<TState> states, string? rowField)
        where TState : notnull
    {
        var shape = StateShape.Of(typeof(TState));
        var names = new List<string>();
        if (!shape.IsComposite || !shape.TryAddVariables(null, names) || names.Count != 2)
            throw NotAGrid<TState>();

        int rowIndex;
        if (rowField is not null)
        {
            rowIndex = names.FindIndex(n => string.Equals(n, rowField, StringComparison.OrdinalIgnoreCase));
            if (rowIndex < 0)
                throw new ArgumentException($"{TypeDisplay.Name(typeof(TState))} has no field {rowField}; its fields are {names[0]} and {names[1]}.", nameof(rowField));
        }
        else
        {
            rowIndex = names.FindIndex(n => n.Equals("Row", StringComparison.OrdinalIgnoreCase) || n.Equals("Y", StringComparison.OrdinalIgnoreCase));
            rowIndex = Math.Max(rowIndex, 0);
        }

        var rows = new long[states.Count];
        var columns = new long[states.Count];
        var values = new List<string>(2);
        for (var s = 0; s < states.Count; s++)
        {
            values.Clear();
            // Enums by name, so that only integer (and not enum or bool) fields parse.
            if (!shape.TryAddValues(states[s], values, enumsByName: true)
                || !long.TryParse(values[rowIndex], NumberStyles.Integer, CultureInfo.InvariantCulture, out rows[s])
                || !long.TryParse(values[1 - rowIndex], NumberStyles.Integer, CultureInfo.InvariantCulture, out columns[s]))
            {
                throw NotAGrid<TState>();
            }
        }
        return (rows, columns, names[rowIndex], names[1 - rowIndex]);
    }

    private static long[] Axis(long[] coordinates) => coordinates.Distinct().Order().ToArray();

    private static InvalidOperationException NotAGrid<TState>() =>
        new($"A grid needs a state of exactly two integer fields; {TypeDisplay.Name(typeof(TState))} is not one. Use ToTable() instead.");
}
