using System;
using MdpDsl.Compilation;

namespace MdpDsl;

/// <summary>
/// How often a learner acted where: the steps taken from each (state, action) pair and from each state, over the
/// whole run, read as <c>Visits[state, action]</c> and <c>Visits[state]</c>. A terminal state is never acted in,
/// so its count is 0 however often episodes end there. An estimate is only as good as the experience behind it:
/// the counts say which entries of a result rest on much of it.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class VisitCounts<TState, TAction>
    where TState : notnull
{
    private readonly Indexer<TState> _states;
    private readonly Indexer<TAction> _actions;
    private readonly long[] _pairs;
    private readonly long[] _perState;

    internal VisitCounts(Indexer<TState> states, Indexer<TAction> actions, long[] pairs)
    {
        _states = states;
        _actions = actions;
        _pairs = (long[])pairs.Clone();
        _perState = new long[states.Count];
        for (var i = 0; i < _pairs.Length; i++)
            _perState[i / actions.Count] += _pairs[i];
        foreach (var count in _perState)
            Total += count;
    }

    /// <summary>The steps taken with <paramref name="action"/> in <paramref name="state"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The state or action is not part of the model.</exception>
    public long this[TState state, TAction action] => _pairs[_states.IndexOf(state) * _actions.Count + _actions.IndexOf(action)];

    /// <summary>The steps taken in <paramref name="state"/>, with any action.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The state is not part of the model.</exception>
    public long this[TState state] => _perState[_states.IndexOf(state)];

    /// <summary>The steps taken over the run: the sum of every count.</summary>
    public long Total { get; }

    /// <summary>The pair counts, row-major: the entry of (s, a) is at <c>s · ActionCount + a</c>.</summary>
    public ReadOnlySpan<long> Pairs => _pairs;

    /// <summary>The state counts, in state-index order.</summary>
    public ReadOnlySpan<long> States => _perState;

    internal int StateCount => _states.Count;

    internal int ActionCount => _actions.Count;

    internal TState StateAt(int index) => _states[index];

    internal TAction ActionAt(int index) => _actions[index];
}
