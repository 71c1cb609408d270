using System;
using System.Collections.Generic;

namespace MdpDsl;

/// <summary>
/// The common distributions of transitions, as <see cref="Distribution{T}"/>s: Poisson counts with the tail lumped,
/// binomial counts, categorical and uniform choices, coin flips, mixtures and sums of independent counts.
/// </summary>
/// <example>
/// Jack's car rental: requests at a location are Poisson(3), and at most the cars there are rented.
/// <code>
/// static readonly Distribution&lt;int&gt; Requests = Distribution.Poisson(3, max: 20);
/// [Transition] public static Distribution&lt;Lot&gt; Next(Lot lot, Move move) =&gt;
///     from rented in Requests.Select(n =&gt; Math.Min(n, lot.Cars))
///     from returned in Returns
///     select new Lot(Math.Min(20, lot.Cars - rented + returned));
/// </code>
/// </example>
public static class Distribution
{
    /// <summary>Certainly <paramref name="value"/>.</summary>
    public static Distribution<T> Certain<T>(T value)
        where T : notnull =>
        new([value], [1.0]);

    /// <summary>
    /// Poisson(<paramref name="mean"/>) counts 0, 1, …, <paramref name="max"/>, where <paramref name="max"/> carries the
    /// whole tail P(N ≥ max): the probabilities sum to 1, as a model with a capacity needs (more than
    /// <paramref name="max"/> arrivals fill it just as <paramref name="max"/> do).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The mean is negative or not finite, or the maximum is negative.</exception>
    public static Distribution<int> Poisson(double mean, int max)
    {
        if (!(mean >= 0) || double.IsInfinity(mean))
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "A Poisson mean must be finite and at least 0.");
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var values = new int[max + 1];
        var probabilities = new double[max + 1];
        // log p(k) = k log λ − λ − log k!, by recurrence: e^{−λ} alone underflows for a large mean.
        var logP = -mean;
        var below = 0.0;
        for (var k = 0; k < max; k++)
        {
            values[k] = k;
            probabilities[k] = Math.Exp(logP);
            below += probabilities[k];
            logP += Math.Log(mean) - Math.Log(k + 1);
        }
        values[max] = max;
        probabilities[max] = Math.Max(0, 1 - below);
        return Merged(values, probabilities);
    }

    /// <summary>Binomial(<paramref name="trials"/>, <paramref name="probability"/>): the number of successes, 0 … trials.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Trials below 0, or a probability outside [0, 1].</exception>
    public static Distribution<int> Binomial(int trials, double probability)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        CheckProbability(probability, nameof(probability));
        var values = new int[trials + 1];
        var probabilities = new double[trials + 1];
        for (var k = 0; k <= trials; k++)
        {
            values[k] = k;
            probabilities[k] = BinomialProbability(trials, k, probability);
        }
        return Merged(values, probabilities);
    }

    /// <summary>
    /// The given outcomes with their probabilities; equal values are merged and zero probabilities dropped. The
    /// probabilities are checked to lie in [0, 1], not to sum to 1 (see <see cref="Distribution{T}.Normalized"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A probability is outside [0, 1] or not a number (naming the value).</exception>
    public static Distribution<T> Categorical<T>(params (T Value, double Probability)[] outcomes)
        where T : notnull =>
        Categorical((IEnumerable<(T Value, double Probability)>)outcomes);

    /// <summary>The outcomes of a sequence with their probabilities, merged and checked as the <c>params</c> overload does.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A probability is outside [0, 1] or not a number (naming the value).</exception>
    public static Distribution<T> Categorical<T>(IEnumerable<(T Value, double Probability)> outcomes)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var merger = new OutcomeMerger<T>(4);
        foreach (var (value, probability) in outcomes)
        {
            CheckProbability(probability, nameof(outcomes), value);
            merger.Add(value, probability);
        }
        return merger.ToDistribution();
    }

    /// <summary>Each of the integers <paramref name="min"/> … <paramref name="max"/> with probability 1/(max − min + 1).</summary>
    /// <exception cref="ArgumentException">The range is empty.</exception>
    public static Distribution<int> Uniform(int min, int max)
    {
        if (max < min)
            throw new ArgumentException($"The range [{min}, {max}] is empty.", nameof(max));
        var count = (long)max - min + 1;
        if (count > Array.MaxLength)
            throw new ArgumentException($"The range [{min}, {max}] has more values than an array holds.", nameof(max));
        var values = new int[count];
        var probabilities = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (int)(min + i);
            probabilities[i] = 1.0 / count;
        }
        return new Distribution<int>(values, probabilities);
    }

    /// <summary>Each of <paramref name="values"/> with equal probability (a value given twice counts twice).</summary>
    /// <exception cref="ArgumentException">No value is given.</exception>
    public static Distribution<T> Uniform<T>(params T[] values)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
            throw new ArgumentException("A uniform choice needs at least one value.", nameof(values));
        var merger = new OutcomeMerger<T>(values.Length);
        foreach (var value in values)
            merger.Add(value, 1.0 / values.Length);
        return merger.ToDistribution();
    }

    /// <summary>True with probability <paramref name="probability"/>, false otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The probability is outside [0, 1].</exception>
    public static Distribution<bool> Bernoulli(double probability)
    {
        CheckProbability(probability, nameof(probability));
        return Merged([true, false], [probability, 1 - probability]);
    }

    /// <summary>
    /// With probability wᵢ, a value from the i-th component: Σᵢ wᵢ pᵢ(x), equal values merged. The weights are checked
    /// to lie in [0, 1], not to sum to 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A weight is outside [0, 1] (naming it).</exception>
    public static Distribution<T> Mixture<T>(params (Distribution<T> Component, double Weight)[] components)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(components);
        var merger = new OutcomeMerger<T>(8);
        foreach (var (component, weight) in components)
        {
            ArgumentNullException.ThrowIfNull(component, nameof(components));
            CheckProbability(weight, nameof(components));
            foreach (var (value, probability) in component)
                merger.Add(value, weight * probability);
        }
        return merger.ToDistribution();
    }

    /// <summary>The distribution of X + Y for independent X and Y: the convolution of the two.</summary>
    public static Distribution<int> Sum(this Distribution<int> x, Distribution<int> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return x.SelectMany(_ => y, static (a, b) => checked(a + b));
    }

    private static Distribution<T> Merged<T>(T[] values, double[] probabilities)
        where T : notnull
    {
        var merger = new OutcomeMerger<T>(values.Length);
        for (var i = 0; i < values.Length; i++)
            merger.Add(values[i], probabilities[i]);
        return merger.ToDistribution();
    }

    /// <summary>C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ in log space, exact at p = 0 and p = 1 where the logarithms are infinite.</summary>
    private static double BinomialProbability(int n, int k, double p)
    {
        if (p == 0)
            return k == 0 ? 1 : 0;
        if (p == 1)
            return k == n ? 1 : 0;
        var logChoose = 0.0;
        for (var i = 1; i <= k; i++)
            logChoose += Math.Log(n - k + i) - Math.Log(i);
        return Math.Exp(logChoose + k * Math.Log(p) + (n - k) * Math.Log(1 - p));
    }

    private static void CheckProbability(double probability, string parameter, object? value = null)
    {
        if (probability is >= 0 and <= 1)
            return;
        var of = value is null ? string.Empty : $" of {value}";
        throw new ArgumentOutOfRangeException(parameter, probability, $"The probability{of} is {probability}; a probability lies in [0, 1].");
    }
}
