using System;

namespace MdpDsl;

/// <summary>
/// The successors of one (state, action) pair, filled by a <see cref="TransitionAttribute">[Transition]</see> of
/// the form <c>void T(S s, A a, Successors&lt;S&gt; next)</c> with <see cref="Add"/>: the transition shape that
/// allocates nothing per call, for models with millions of (state, action) pairs.
/// </summary>
/// <remarks>
/// <para>
/// <c>Compile()</c> hands the transition one buffer and reuses it for every pair, so a transition must not keep it
/// after it returns. The outcomes follow the rules of every stochastic transition: a successor added twice is merged
/// by adding its probabilities, an outcome of probability 0 is dropped, and the probabilities of a pair must sum to 1.
/// Anything else (a negative, NaN or infinite probability, a successor outside the state space) fails
/// <c>Compile()</c> with a <see cref="ModelValidationException"/> that names the state, the action and the value.
/// </para>
/// <example>
/// <code>
/// [Transition]
/// public void Step(Cell s, Move a, Successors&lt;Cell&gt; next)
/// {
///     next.Add(Go(s, a), 1 - Slip);
///     next.Add(s, Slip);
/// }
/// </code>
/// </example>
/// <para>
/// A test can call such a transition with a buffer of its own and read back what it added through
/// <see cref="Count"/> and the indexer.
/// </para>
/// </remarks>
/// <typeparam name="TState">The state type.</typeparam>
public sealed class Successors<TState>
{
    private TState[] _states = new TState[4];
    private double[] _probabilities = new double[4];

    /// <summary>The number of outcomes added since the buffer was handed over, duplicates included.</summary>
    public int Count { get; private set; }

    /// <summary>The outcome added <paramref name="index"/>-th, as it was added.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public (TState State, double Probability) this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must lie in [0, {Count}).");
            return (_states[index], _probabilities[index]);
        }
    }

    /// <summary>Adds <paramref name="state"/> as a successor with probability <paramref name="probability"/>.</summary>
    /// <param name="state">The successor.</param>
    /// <param name="probability">Its probability, in [0, 1]; checked by <c>Compile()</c>, which names the pair at fault.</param>
    public void Add(TState state, double probability)
    {
        var count = Count;
        if (count == _states.Length)
            Grow();
        _states[count] = state;
        _probabilities[count] = probability;
        Count = count + 1;
    }

    /// <summary>The states added, in order: read by the compiler without a copy.</summary>
    internal ReadOnlySpan<TState> States => _states.AsSpan(0, Count);

    /// <summary>The probabilities added, in order.</summary>
    internal ReadOnlySpan<double> Probabilities => _probabilities.AsSpan(0, Count);

    /// <summary>Empties the buffer for the next pair; the arrays are kept.</summary>
    internal void Clear() => Count = 0;

    private void Grow()
    {
        Array.Resize(ref _states, 2 * _states.Length);
        Array.Resize(ref _probabilities, 2 * _probabilities.Length);
    }
}
