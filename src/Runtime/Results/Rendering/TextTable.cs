using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace MdpDsl.Rendering;

/// <summary>
/// A plain-text table with aligned columns, built from a row count and a function that fills one row, so that a
/// table of a million states formats only the rows it shows.
/// </summary>
internal static class TextTable
{
    /// <summary>
    /// Renders <paramref name="rowCount"/> rows under <paramref name="headers"/>, at most <paramref name="maxRows"/> of
    /// them (the rest elided with a count). Columns from <paramref name="firstNumberColumn"/> on are right-aligned.
    /// </summary>
    public static string Render(IReadOnlyList<string> headers, int firstNumberColumn, int rowCount, int maxRows, Action<int, List<string>> fillRow)
    {
        if (maxRows < 1)
            throw new ArgumentOutOfRangeException(nameof(maxRows), maxRows, "A table shows at least one row.");

        var rows = new List<string[]?> { headers.ToArray() };
        var cells = new List<string>(headers.Count);
        foreach (var index in Elision.Shown(rowCount, maxRows))
        {
            if (index == Elision.Gap)
            {
                rows.Add(null);
                continue;
            }
            cells.Clear();
            fillRow(index, cells);
            rows.Add(cells.ToArray());
        }

        var widths = new int[headers.Count];
        foreach (var row in rows.OfType<string[]>())
        {
            for (var c = 0; c < widths.Length; c++)
                widths[c] = Math.Max(widths[c], row[c].Length);
        }

        var text = new StringBuilder();
        foreach (var row in rows)
        {
            if (row is null)
            {
                text.Append(CultureInfo.InvariantCulture, $"… {rowCount - maxRows} more rows …").AppendLine();
                continue;
            }
            for (var c = 0; c < widths.Length; c++)
            {
                if (c > 0)
                    text.Append("  ");
                text.Append(c >= firstNumberColumn ? row[c].PadLeft(widths[c]) : row[c].PadRight(widths[c]));
            }
            TrimEnd(text);
            text.AppendLine();
        }
        return text.ToString();
    }

    private static void TrimEnd(StringBuilder text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
            end--;
        text.Length = end;
    }
}
