using System;
using System.Numerics.Tensors;

namespace MdpDsl.Numerics;

/// <summary>
/// Log-sum-exp and softmax with a max-shift, so that no temperature or magnitude overflows. Every soft maximum and
/// Boltzmann distribution of the runtime is computed here.
/// </summary>
public static class LogSumExp
{
    /// <summary>
    /// The soft maximum T·log Σ exp(xᵢ / T), computed as m + T·log Σ exp((xᵢ − m) / T) with m = max xᵢ.
    /// Entries equal to −∞ (disallowed actions) contribute nothing; all −∞ gives −∞.
    /// </summary>
    /// <param name="values">The values xᵢ.</param>
    /// <param name="temperature">The temperature T &gt; 0.</param>
    public static double SoftMaximum(ReadOnlySpan<double> values, double temperature) =>
        SoftMaximum(values, default, temperature);

    /// <summary>log Σ exp(xᵢ), the soft maximum at temperature 1.</summary>
    public static double Compute(ReadOnlySpan<double> values) => SoftMaximum(values, default, 1.0);

    /// <summary>
    /// The weighted soft maximum T·log Σ wᵢ exp(xᵢ / T) = m + T·log Σ wᵢ exp((xᵢ − m) / T), with m the largest xᵢ of
    /// positive weight. Empty <paramref name="weights"/> means every weight is 1. The weights multiply the
    /// exponentials rather than enter as T·log wᵢ, which a tiny T would round away.
    /// </summary>
    internal static double SoftMaximum(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double temperature)
    {
        var sum = ShiftedSum(values, weights, temperature, default, out var max);
        return double.IsFinite(max) ? max + temperature * Math.Log(sum) : max;
    }

    /// <summary>
    /// The Boltzmann distribution pᵢ = wᵢ exp((xᵢ − m) / T) / Σⱼ wⱼ exp((xⱼ − m) / T) into
    /// <paramref name="probabilities"/>, normalized from the max-shifted exponentials themselves so that it sums to 1
    /// to rounding at every temperature (at a tiny T, tied entries share the mass and the others get 0). Entries of
    /// value −∞ or weight 0 get 0; if every entry is −∞, all get 0. Returns the weighted soft maximum of the values.
    /// </summary>
    internal static double Softmax(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double temperature, Span<double> probabilities)
    {
        var sum = ShiftedSum(values, weights, temperature, probabilities, out var max);
        if (!double.IsFinite(max))
        {
            probabilities.Fill(double.IsNegativeInfinity(max) ? 0 : double.NaN);
            return max;
        }
        TensorPrimitives.Divide(probabilities, sum, probabilities);
        return max + temperature * Math.Log(sum);
    }

    /// <summary>
    /// The soft maximum of each column of an action-major block: <paramref name="values"/>[j] = T·log Σ_a
    /// w[a · stride + j] exp(<paramref name="q"/>[a · stride + j] / T) over the <paramref name="values"/>.Length
    /// columns, one action row at a time, so that exp and log run vectorized across states. Empty
    /// <paramref name="weights"/> (laid out like q) means weight 1. Overwrites <paramref name="q"/>.
    /// </summary>
    internal static void SoftMaximumColumns(Span<double> q, ReadOnlySpan<double> weights, int stride, double temperature, Span<double> values)
    {
        var count = values.Length;
        if (!weights.IsEmpty)
        {
            // An entry of weight 0 takes no part in the maximum, like the scalar form.
            for (var i = 0; i < q.Length; i++)
                q[i] = weights[i] > 0 ? q[i] : double.NegativeInfinity;
        }
        q[..count].CopyTo(values);
        for (var offset = stride; offset + count <= q.Length; offset += stride)
            TensorPrimitives.Max(values, q.Slice(offset, count), values);

        Span<double> sums = stackalloc double[BellmanKernel.BlockSize];
        sums = sums[..count];
        sums.Clear();
        var inverse = 1 / temperature;
        for (var offset = 0; offset + count <= q.Length; offset += stride)
        {
            var row = q.Slice(offset, count);
            TensorPrimitives.Subtract(row, values, row);
            TensorPrimitives.Multiply(row, inverse, row);
            TensorPrimitives.Exp(row, row);
            if (!weights.IsEmpty)
                TensorPrimitives.Multiply(row, weights.Slice(offset, count), row);
            TensorPrimitives.Add(sums, row, sums);
        }
        TensorPrimitives.Log(sums, sums);
        TensorPrimitives.MultiplyAdd(sums, temperature, values, values);
    }

    /// <summary>
    /// Σ wᵢ exp((xᵢ − m) / T) with m the largest xᵢ of positive weight (returned in <paramref name="max"/>; −∞ or NaN
    /// when there is none or it is NaN, and then the sum is 0). Writes each term to <paramref name="terms"/> unless it is empty.
    /// </summary>
    private static double ShiftedSum(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double temperature, Span<double> terms, out double max)
    {
        var weighted = !weights.IsEmpty;
        max = double.NegativeInfinity;
        for (var i = 0; i < values.Length; i++)
        {
            if (!weighted || weights[i] > 0)
                max = Math.Max(max, values[i]);
        }
        if (!double.IsFinite(max))
            return 0;
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var term = !weighted ? Math.Exp((values[i] - max) / temperature)
                : weights[i] > 0 ? weights[i] * Math.Exp((values[i] - max) / temperature)
                : 0;
            if (!terms.IsEmpty)
                terms[i] = term;
            sum += term;
        }
        return sum;
    }
}
