using System;

namespace MdpDsl.Learning;

/// <summary>
/// A table of estimates, each moved toward sampled targets by x ← x + α(n)·(target − x), where n counts that
/// entry's own updates: with a decaying <see cref="Schedule"/> every entry follows its own Robbins–Monro sequence,
/// however rarely it is visited.
/// </summary>
internal sealed class Estimates
{
    private readonly long[] _updates;
    private readonly Schedule _rate;

    public Estimates(double[] initial, Schedule rate)
    {
        Values = initial;
        _updates = new long[initial.Length];
        _rate = rate;
    }

    public double[] Values { get; }

    public double this[int index] => Values[index];

    /// <summary>Moves entry <paramref name="index"/> toward <paramref name="target"/>; returns the error target − x it had before.</summary>
    public double MoveToward(int index, double target)
    {
        var error = target - Values[index];
        Values[index] += _rate.At(++_updates[index]) * error;
        return error;
    }

    public ReadOnlySpan<double> Row(int row, int width) => Values.AsSpan(row * width, width);
}
