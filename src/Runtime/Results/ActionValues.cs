using System;
using MdpDsl.Compilation;

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
}
