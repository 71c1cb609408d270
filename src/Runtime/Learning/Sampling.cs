using System;
using MdpDsl.Numerics;

namespace MdpDsl.Learning;

/// <summary>
/// The draws every learner makes, on rows of values where −∞ marks a disallowed action. None allocates.
/// </summary>
internal static class Sampling
{
    /// <summary>The index i with probability <paramref name="probabilities"/>[i], given u uniform in [0, 1).</summary>
    public static int Categorical(ReadOnlySpan<double> probabilities, double u)
    {
        var last = -1;
        for (var i = 0; i < probabilities.Length; i++)
        {
            if (probabilities[i] <= 0)
                continue;
            last = i;
            u -= probabilities[i];
            if (u < 0)
                return i;
        }
        // Rounding can leave u a hair above 0: the last index with mass absorbs it.
        return last;
    }

    /// <summary>An action of largest value; ties are broken uniformly, so that equal estimates favour no action.</summary>
    public static int Greedy(ReadOnlySpan<double> values, Random random)
    {
        var best = -1;
        var ties = 0;
        for (var a = 0; a < values.Length; a++)
        {
            if (double.IsNegativeInfinity(values[a]))
                continue;
            if (best < 0 || values[a] > values[best])
                (best, ties) = (a, 1);
            else if (values[a] == values[best] && random.Next(++ties) == 0)
                best = a;
        }
        return best;
    }

    /// <summary>With probability ε a uniformly drawn allowed action, otherwise a greedy one.</summary>
    public static int EpsilonGreedy(ReadOnlySpan<double> values, double epsilon, Random random)
    {
        if (random.NextDouble() >= epsilon)
            return Greedy(values, random);
        var allowed = 0;
        foreach (var x in values)
            allowed += double.IsNegativeInfinity(x) ? 0 : 1;
        var pick = random.Next(allowed);
        for (var a = 0; ; a++)
        {
            if (!double.IsNegativeInfinity(values[a]) && pick-- == 0)
                return a;
        }
    }

    /// <summary>Draws an action from the Boltzmann distribution of <paramref name="values"/>, using <paramref name="scratch"/> for its probabilities.</summary>
    public static int Boltzmann(ReadOnlySpan<double> values, double temperature, Span<double> scratch, Random random)
    {
        LogSumExp.Softmax(values, default, temperature, scratch);
        return Categorical(scratch, random.NextDouble());
    }
}
