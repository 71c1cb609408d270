using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MdpDsl.Compilation;

namespace MdpDsl.Rendering;

/// <summary>Tables keyed by state, in text and in CSV: the state's columns (<see cref="StateText{TState}"/>), then values.</summary>
internal static class StateTable
{
    /// <summary>One text row per state: the state's cells, then what <paramref name="values"/> adds for it (right-aligned).</summary>
    public static string Render<TState>(Indexer<TState> states, IReadOnlyList<string> valueHeaders, int maxRows, Action<int, List<string>> values)
        where TState : notnull
    {
        var text = new StateText<TState>();
        var headers = text.Columns.Concat(valueHeaders).ToArray();
        return TextTable.Render(headers, text.Columns.Count, states.Count, maxRows, (s, cells) =>
        {
            text.AddCells(states[s], cells);
            values(s, cells);
        });
    }

    /// <summary>
    /// A header line, then for every state in index order the lines <paramref name="rows"/> gives, each prefixed by the
    /// state's cells (a state may have none, one, or one per action).
    /// </summary>
    public static void WriteCsv<TState>(TextWriter writer, Indexer<TState> states, IReadOnlyList<string> valueHeaders, Action<int, List<string[]>> rows)
        where TState : notnull
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = new StateText<TState>();
        Csv.WriteLine(writer, text.Columns.Concat(valueHeaders).ToArray());
        var stateCells = new List<string>(text.Columns.Count);
        var values = new List<string[]>();
        var line = new List<string>();
        for (var s = 0; s < states.Count; s++)
        {
            stateCells.Clear();
            text.AddCells(states[s], stateCells);
            values.Clear();
            rows(s, values);
            foreach (var value in values)
            {
                line.Clear();
                line.AddRange(stateCells);
                line.AddRange(value);
                Csv.WriteLine(writer, line);
            }
        }
    }

    /// <summary>Writes to a new file at <paramref name="path"/> (UTF-8, no byte-order mark) what <paramref name="write"/> writes.</summary>
    public static void WriteFile(string path, Action<TextWriter> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(writer);
    }
}
