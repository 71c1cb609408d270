using System;
using System.Collections;
using System.Collections.Generic;

namespace MdpDsl;

/// <summary>
/// A finite probability distribution: values with their probabilities, each value once. Return one from a
/// <c>[Transition]</c> (it is an <c>IEnumerable&lt;(S, double)&gt;</c>) or an <c>[Initial]</c>, and take expected
/// rewards with <see cref="E"/>. Build one with the factories of <see cref="Distribution"/> and combine them with
/// <see cref="Select{TResult}"/>, <see cref="SelectMany{TOther, TResult}"/> (LINQ's <c>from … from … select</c>),
/// <see cref="Distribution.Mixture{T}"/> and <see cref="Distribution.Sum"/>.
/// </summary>
/// <remarks>
/// A distribution is immutable and holds two arrays; enumerating it allocates nothing. The probabilities are kept as
/// given: <c>Compile()</c> rejects, naming the state and action, a transition whose probabilities do not sum to 1, and
/// <see cref="Normalized"/> rescales them when renormalising is what the model means. Building one allocates, so a
/// distribution that does not depend on the state (arrivals, demand) is best built once, in a <c>static readonly</c>
/// field, and mapped in the transition.
/// </remarks>
/// <typeparam name="T">The type of the values.</typeparam>
public sealed class Distribution<T> : IReadOnlyList<(T Value, double Probability)>
    where T : notnull
{
    private readonly T[] _values;
    private readonly double[] _probabilities;

    internal Distribution(T[] values, double[] probabilities)
    {
        _values = values;
        _probabilities = probabilities;
    }

    /// <summary>The number of distinct values.</summary>
    public int Count => _values.Length;

    /// <summary>The <paramref name="index"/>-th value and its probability.</summary>
    public (T Value, double Probability) this[int index] => (_values[index], _probabilities[index]);

    /// <summary>The sum of the probabilities: 1 for a distribution, less for a truncated one.</summary>
    public double TotalProbability
    {
        get
        {
            var total = 0.0;
            foreach (var p in _probabilities)
                total += p;
            return total;
        }
    }

    /// <summary>The probability of <paramref name="value"/> (0 when it is not a possible value).</summary>
    public double ProbabilityOf(T value)
    {
        var index = Array.IndexOf(_values, value);
        return index < 0 ? 0 : _probabilities[index];
    }

    /// <summary>The expectation Σ p(x) f(x), for an expected reward: <c>arrivals.E(n => 10 * n)</c>.</summary>
    public double E(Func<T, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var sum = 0.0;
        for (var i = 0; i < _values.Length; i++)
            sum += _probabilities[i] * f(_values[i]);
        return sum;
    }

    /// <summary>
    /// The distribution of <paramref name="map"/>(x): values that map to the same result have their probabilities
    /// added, so <c>demand.Select(d => Math.Min(d, stock))</c> lumps every demand above the stock into one outcome.
    /// </summary>
    public Distribution<TResult> Select<TResult>(Func<T, TResult> map)
        where TResult : notnull
    {
        ArgumentNullException.ThrowIfNull(map);
        var builder = new OutcomeMerger<TResult>(_values.Length);
        for (var i = 0; i < _values.Length; i++)
            builder.Add(map(_values[i]), _probabilities[i]);
        return builder.ToDistribution();
    }

    /// <summary>
    /// The distribution of <paramref name="combine"/>(x, y) where y is drawn from <paramref name="next"/>(x): the
    /// product of independent parts when <paramref name="next"/> ignores x, a two-stage process when it does not.
    /// Equal results are merged. This is what LINQ's <c>from x in a from y in b select f(x, y)</c> calls.
    /// </summary>
    public Distribution<TResult> SelectMany<TOther, TResult>(Func<T, Distribution<TOther>> next, Func<T, TOther, TResult> combine)
        where TOther : notnull
        where TResult : notnull
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(combine);
        var builder = new OutcomeMerger<TResult>(_values.Length);
        for (var i = 0; i < _values.Length; i++)
        {
            var x = _values[i];
            var inner = next(x) ?? throw new ArgumentException($"The distribution that follows {x} is null.", nameof(next));
            for (var j = 0; j < inner._values.Length; j++)
                builder.Add(combine(x, inner._values[j]), _probabilities[i] * inner._probabilities[j]);
        }
        return builder.ToDistribution();
    }

    /// <summary>The distribution of y drawn from <paramref name="next"/>(x): a two-stage process, equal values merged.</summary>
    public Distribution<TOther> SelectMany<TOther>(Func<T, Distribution<TOther>> next)
        where TOther : notnull =>
        SelectMany(next, static (_, y) => y);

    /// <summary>The same values with probabilities divided by <see cref="TotalProbability"/>, so that they sum to 1.</summary>
    /// <exception cref="InvalidOperationException">The probabilities sum to 0, so there is nothing to rescale.</exception>
    public Distribution<T> Normalized()
    {
        var total = TotalProbability;
        if (!(total > 0))
            throw new InvalidOperationException($"A distribution whose probabilities sum to {total} cannot be normalized.");
        var probabilities = new double[_probabilities.Length];
        for (var i = 0; i < probabilities.Length; i++)
            probabilities[i] = _probabilities[i] / total;
        return new Distribution<T>(_values, probabilities);
    }

    /// <summary>The values and probabilities, without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<(T Value, double Probability)> IEnumerable<(T Value, double Probability)>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Lists the values with their probabilities: <c>{0: 0.25, 1: 0.75}</c>.</summary>
    public override string ToString()
    {
        var parts = new string[_values.Length];
        for (var i = 0; i < parts.Length; i++)
            parts[i] = $"{_values[i]}: {_probabilities[i].ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}";
        return "{" + string.Join(", ", parts) + "}";
    }

    /// <summary>Enumerates a distribution's values and probabilities without allocating.</summary>
    public struct Enumerator : IEnumerator<(T Value, double Probability)>
    {
        private readonly Distribution<T> _distribution;
        private int _index;

        internal Enumerator(Distribution<T> distribution)
        {
            _distribution = distribution;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly (T Value, double Probability) Current => _distribution[_index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _distribution.Count;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
