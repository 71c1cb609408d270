using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MdpDsl.Compilation;
using MdpDsl.Foundation;
using MdpDsl.Interchange;
using MdpDsl.Rendering;

namespace MdpDsl;

/// <summary>
/// A stationary stochastic policy π(a|s) over a compiled model: deterministic policies put probability 1 on
/// one action.
/// </summary>
/// <remarks>
/// A terminal state ends the episode, so no action is taken there: <see cref="Act"/>, <see cref="Sample"/> and
/// <see cref="Distribution"/> throw for it, <see cref="TryAct"/> returns false, <see cref="Probability"/> is 0 for
/// every action, and <see cref="IsTerminal"/> tells such states apart beforehand.
/// </remarks>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class Policy<TState, TAction>
    where TState : notnull
{
    private readonly Indexer<TState> _states;
    private readonly Indexer<TAction> _actions;
    private readonly double[] _probabilities;

    internal Policy(Indexer<TState> states, Indexer<TAction> actions, double[] probabilities)
    {
        _states = states;
        _actions = actions;
        _probabilities = probabilities;
    }

    /// <summary>π(a|s) for every pair, row-major: the entry of (s, a) is at <c>s · ActionCount + a</c>.</summary>
    public ReadOnlySpan<double> AsSpan() => _probabilities;

    internal double[] Probabilities => _probabilities;

    /// <summary>The model's state index.</summary>
    internal Indexer<TState> States => _states;

    /// <summary>The number of actions.</summary>
    internal int ActionCount => _actions.Count;

    /// <summary>The compiled model's state index this policy was made over: its ownership token.</summary>
    internal object Owner => _states;

    /// <summary>The most probable action in <paramref name="state"/> (the first one on a tie).</summary>
    /// <exception cref="InvalidOperationException">The state is terminal, so no action is taken there.</exception>
    public TAction Act(TState state) => TryAct(state, out var action) ? action : throw Terminal(state);

    /// <summary>The most probable action in <paramref name="state"/>, or false for a terminal state, where no action is taken.</summary>
    public bool TryAct(TState state, out TAction action)
    {
        var row = Row(state);
        var best = MostProbable(row);
        action = row[best] > 0 ? _actions[best] : default!;
        return row[best] > 0;
    }

    /// <summary>π(<paramref name="action"/> | <paramref name="state"/>).</summary>
    public double Probability(TState state, TAction action) => Row(state)[_actions.IndexOf(action)];

    /// <summary>Whether <paramref name="state"/> is terminal: the episode has ended there and no action is taken.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The state is not part of the model.</exception>
    public bool IsTerminal(TState state) => IsTerminalRow(Row(state));

    /// <summary>The actions with positive probability in <paramref name="state"/>, in action order.</summary>
    /// <exception cref="InvalidOperationException">The state is terminal, so no action is taken there.</exception>
    public IReadOnlyList<(TAction Action, double Probability)> Distribution(TState state)
    {
        var row = Row(state);
        if (IsTerminalRow(row))
            throw Terminal(state);
        var distribution = new List<(TAction, double)>();
        for (var a = 0; a < row.Length; a++)
        {
            if (row[a] > 0)
                distribution.Add((_actions[a], row[a]));
        }
        return distribution;
    }

    /// <summary>Draws an action from π(·|<paramref name="state"/>).</summary>
    /// <exception cref="InvalidOperationException">The state is terminal, so no action is taken there.</exception>
    public TAction Sample(TState state, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var row = Row(state);
        var u = random.NextDouble();
        var last = -1;
        for (var a = 0; a < row.Length; a++)
        {
            if (row[a] <= 0)
                continue;
            last = a;
            u -= row[a];
            if (u < 0)
                return _actions[a];
        }
        // Rounding can leave u a hair above 0: the last action with mass absorbs it.
        return last >= 0 ? _actions[last] : throw Terminal(state);
    }

    /// <summary>
    /// A one-line summary: deterministic or stochastic, over how many states (how many of them terminal) and actions.
    /// </summary>
    public override string ToString()
    {
        var (terminal, stochastic) = (0, false);
        for (var s = 0; s < _states.Count; s++)
        {
            var row = RowAt(s);
            if (IsTerminalRow(row))
                terminal++;
            else
                stochastic |= row.IndexOfAnyExcept(0.0, 1.0) >= 0;
        }
        return $"{(stochastic ? "Stochastic" : "Deterministic")} policy over {_states.Count} states ({terminal} terminal) and {_actions.Count} actions";
    }

    /// <summary>
    /// The policy as a text table: one row per state, its fields as columns (or its <c>ToString()</c>), then the
    /// action taken, or for a stochastic policy its likeliest actions with their probabilities; a terminal state
    /// shows <c>terminal</c>. Past <paramref name="maxRows"/> rows, the middle of the table is left out and counted.
    /// </summary>
    /// <param name="maxRows">The most rows shown.</param>
    public string ToTable(int maxRows = 20) => StateTable.Render(_states, ["π"], maxRows, (s, cells) => cells.Add(Describe(s)));

    /// <summary>
    /// The most probable action of each state laid out as a grid, for a state of exactly two integer fields (a cell
    /// on a board): one field numbers the rows, top to bottom, the other the columns. A terminal state shows
    /// <c>■</c>, a place no state occupies <c>·</c>; a grid of more than 40 rows or columns has its middle left out.
    /// </summary>
    /// <param name="rowField">The field that numbers the rows; by default a field named <c>Row</c> or <c>Y</c>, else the first.</param>
    /// <exception cref="InvalidOperationException">The state type is not two integer fields.</exception>
    public string ToGrid(string? rowField = null) =>
        StateGrid.Render(_states, rowField, s => IsTerminalRow(RowAt(s)) ? "■" : TypeDisplay.ActionName(_actions[MostProbable(RowAt(s))]));

    /// <summary>
    /// Writes π as CSV in long form: a header, then one line per (state, action) of positive probability with the
    /// state's fields (or its <c>ToString()</c>), <c>action</c> and <c>probability</c> with every digit. A terminal
    /// state has no line.
    /// </summary>
    public void WriteCsv(TextWriter writer) =>
        StateTable.WriteCsv(writer, _states, ["action", "probability"], (s, rows) =>
        {
            var row = RowAt(s);
            for (var a = 0; a < row.Length; a++)
            {
                if (row[a] > 0)
                    rows.Add([TypeDisplay.ActionName(_actions[a]), NumberText.RoundTrip(row[a])]);
            }
        });

    /// <summary>Writes π as CSV (see <see cref="WriteCsv(TextWriter)"/>) to a new file at <paramref name="path"/>.</summary>
    public void WriteCsv(string path) => StateTable.WriteFile(path, WriteCsv);

    /// <summary>What a table shows for state index <paramref name="s"/>: the action, or up to three likeliest with their probabilities.</summary>
    internal string Describe(int s)
    {
        var row = RowAt(s).ToArray();
        if (IsTerminalRow(row))
            return "terminal";
        var likeliest = Enumerable.Range(0, row.Length).Where(a => row[a] > 0).OrderByDescending(a => row[a]).ThenBy(a => a).ToArray();
        if (likeliest.Length == 1)
            return TypeDisplay.ActionName(_actions[likeliest[0]]);
        var shown = string.Join(", ", likeliest.Take(3).Select(a => $"{TypeDisplay.ActionName(_actions[a])} {NumberText.Short(row[a])}"));
        return likeliest.Length > 3 ? shown + ", …" : shown;
    }

    private ReadOnlySpan<double> Row(TState state) => RowAt(_states.IndexOf(state));

    private ReadOnlySpan<double> RowAt(int s) => _probabilities.AsSpan(s * _actions.Count, _actions.Count);

    // A terminal state's row is all zeros: every other row sums to 1.
    private static bool IsTerminalRow(ReadOnlySpan<double> row) => row.IndexOfAnyExcept(0.0) < 0;

    private static int MostProbable(ReadOnlySpan<double> row)
    {
        var best = 0;
        for (var a = 1; a < row.Length; a++)
        {
            if (row[a] > row[best])
                best = a;
        }
        return best;
    }

    private static InvalidOperationException Terminal(TState state) =>
        new($"State {state} is terminal: the episode has ended and no action is taken there.");
}
