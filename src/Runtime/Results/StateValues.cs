using System;
using MdpDsl.Compilation;

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
}
