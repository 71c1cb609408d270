using System;
using System.IO;
using MdpDsl.Compilation;
using MdpDsl.Foundation;
using MdpDsl.Rendering;

namespace MdpDsl;

/// <summary>A value per state, read by state: <c>V[state]</c>.</summary>
/// <typeparam name="TState">The state type.</typeparam>
public sealed class StateValues<TState>
    where TState : notnull
{
    private readonly Indexer<TState> _states;
    private readonly double[] _values;

    internal StateValues(Indexer<TState> states, double[] values)
    {
        _states = states;
        _values = values;
    }

    /// <summary>The value of <paramref name="state"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The state is not part of the model.</exception>
    public double this[TState state] => _values[_states.IndexOf(state)];

    /// <summary>The number of states.</summary>
    public int Count => _values.Length;

    /// <summary>The values in state-index order.</summary>
    public ReadOnlySpan<double> AsSpan() => _values;

    /// <summary>A copy of the values in state-index order.</summary>
    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>A one-line summary: the number of states, and the states with the smallest and the largest value.</summary>
    public override string ToString()
    {
        if (_values.Length == 0)
            return "V over 0 states";
        int min = 0, max = 0;
        for (var s = 1; s < _values.Length; s++)
        {
            if (_values[s] < _values[min])
                min = s;
            if (_values[s] > _values[max])
                max = s;
        }
        return $"V over {_values.Length} states: min {NumberText.Short(_values[min])} at {_states[min]}, max {NumberText.Short(_values[max])} at {_states[max]}";
    }

    /// <summary>
    /// The values as a text table: one row per state, its fields as columns (or its <c>ToString()</c>), then V. Past
    /// <paramref name="maxRows"/> rows, the middle of the table is left out and counted.
    /// </summary>
    /// <param name="maxRows">The most rows shown.</param>
    public string ToTable(int maxRows = 20) =>
        StateTable.Render(_states, ["V"], maxRows, (s, cells) => cells.Add(NumberText.Short(_values[s])));

    /// <summary>
    /// The values laid out as a grid, for a state of exactly two integer fields (a cell on a board): one field numbers
    /// the rows, top to bottom, the other the columns; a place no state occupies shows <c>·</c>. A grid of more than
    /// 40 rows or columns has its middle left out.
    /// </summary>
    /// <param name="rowField">The field that numbers the rows; by default a field named <c>Row</c> or <c>Y</c>, else the first.</param>
    /// <exception cref="InvalidOperationException">The state type is not two integer fields.</exception>
    public string ToGrid(string? rowField = null) => StateGrid.Render(_states, rowField, s => NumberText.Short(_values[s]));

    /// <summary>
    /// Writes the values as CSV: a header, then one line per state with the state's fields (or its <c>ToString()</c>)
    /// and <c>V</c> with every digit; ±∞ and NaN as <c>inf</c>, <c>-inf</c> and <c>nan</c>.
    /// </summary>
    public void WriteCsv(TextWriter writer) =>
        StateTable.WriteCsv(writer, _states, ["V"], (s, rows) => rows.Add([NumberText.RoundTrip(_values[s])]));

    /// <summary>Writes the values as CSV (see <see cref="WriteCsv(TextWriter)"/>) to a new file at <paramref name="path"/>.</summary>
    public void WriteCsv(string path) => StateTable.WriteFile(path, WriteCsv);
}
