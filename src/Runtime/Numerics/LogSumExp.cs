using System;

namespace MdpDsl.Numerics;

/// <summary>Log-sum-exp with a max-shift, so that no temperature or magnitude overflows.</summary>
public static class LogSumExp
{
    /// <summary>
    /// The soft maximum T·log Σ exp(xᵢ / T), computed as m + T·log Σ exp((xᵢ − m) / T) with m = max xᵢ.
    /// Entries equal to −∞ (disallowed actions) contribute nothing; all −∞ gives −∞.
    /// </summary>
    /// <param name="values">The values xᵢ.</param>
    /// <param name="temperature">The temperature T &gt; 0.</param>
    public static double SoftMaximum(ReadOnlySpan<double> values, double temperature)
    {
        var max = double.NegativeInfinity;
        foreach (var x in values)
            max = Math.Max(max, x);
        if (double.IsNegativeInfinity(max) || double.IsNaN(max))
            return max;
        var sum = 0.0;
        foreach (var x in values)
            sum += Math.Exp((x - max) / temperature);
        return max + temperature * Math.Log(sum);
    }

    /// <summary>log Σ exp(xᵢ), the soft maximum at temperature 1.</summary>
    public static double Compute(ReadOnlySpan<double> values) => SoftMaximum(values, 1.0);
}
