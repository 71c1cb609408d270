using System;
using System.IO;
using MdpDsl.Compilation;
using MdpDsl.Foundation;
using MdpDsl.Interchange;
using MdpDsl.Rendering;

namespace MdpDsl;

/// <summary>
/// A value per (state, action), read as <c>Q[state, action]</c>. A disallowed action has the value −∞; a
/// terminal state has 0 for every action.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class ActionValues<TState, TAction>
    where TState : notnull
{
    private readonly Indexer<TState> _states;
    private readonly Indexer<TAction> _actions;
    private readonly double[] _values;

    internal ActionValues(Indexer<TState> states, Indexer<TAction> actions, double[] values)
    {
        _states = states;
        _actions = actions;
        _values = values;
    }

    /// <summary>The value of taking <paramref name="action"/> in <paramref name="state"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The state or action is not part of the model.</exception>
    public double this[TState state, TAction action] => _values[_states.IndexOf(state) * _actions.Count + _actions.IndexOf(action)];

    /// <summary>The values of every action in <paramref name="state"/>, in action-index order.</summary>
    public ReadOnlySpan<double> this[TState state] => _values.AsSpan(_states.IndexOf(state) * _actions.Count, _actions.Count);

    /// <summary>All values, row-major: the entry of (s, a) is at <c>s · ActionCount + a</c>.</summary>
    public ReadOnlySpan<double> AsSpan() => _values;

    /// <summary>A copy of all values, row-major: the entry of (s, a) is at <c>s · ActionCount + a</c>.</summary>
    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>A one-line summary: how many states and actions.</summary>
    public override string ToString() => $"Q over {_states.Count} states × {_actions.Count} actions";

    /// <summary>
    /// The values as a text table: one row per state, its fields as columns (or its <c>ToString()</c>), then one
    /// column per action; a disallowed action shows −∞. Past <paramref name="maxRows"/> rows, the middle of the
    /// table is left out and counted.
    /// </summary>
    /// <param name="maxRows">The most rows shown.</param>
    public string ToTable(int maxRows = 20)
    {
        var headers = new string[_actions.Count];
        for (var a = 0; a < headers.Length; a++)
            headers[a] = TypeDisplay.ActionName(_actions[a]);
        return StateTable.Render(_states, headers, maxRows, (s, cells) =>
        {
            for (var a = 0; a < headers.Length; a++)
                cells.Add(NumberText.Short(_values[s * headers.Length + a]));
        });
    }

    /// <summary>
    /// Writes the values as CSV in long form: a header, then one line per (state, action) with the state's fields (or
    /// its <c>ToString()</c>), <c>action</c> and <c>Q</c> with every digit; a disallowed action's −∞ as <c>-inf</c>.
    /// </summary>
    public void WriteCsv(TextWriter writer) =>
        StateTable.WriteCsv(writer, _states, ["action", "Q"], (s, rows) =>
        {
            for (var a = 0; a < _actions.Count; a++)
                rows.Add([TypeDisplay.ActionName(_actions[a]), NumberText.RoundTrip(_values[s * _actions.Count + a])]);
        });

    /// <summary>Writes the values as CSV (see <see cref="WriteCsv(TextWriter)"/>) to a new file at <paramref name="path"/>.</summary>
    public void WriteCsv(string path) => StateTable.WriteFile(path, WriteCsv);
}
