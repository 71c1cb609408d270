using System;
using System.Numerics.Tensors;

namespace MdpDsl.Numerics;

/// <summary>
/// How a state's value follows from its action values Q(s, ·) (−∞ where an action is disallowed), and which
/// policy goes with it. The Bellman kernels are generic over it, so one sweep serves every solver.
/// </summary>
internal interface IBackup
{
    /// <summary>V(s) from the row Q(s, ·).</summary>
    double Value(int state, ReadOnlySpan<double> q);

    /// <summary>
    /// V for a block of <paramref name="values"/>.Length consecutive states starting at <paramref name="firstState"/>,
    /// from Q stored action-major: Q(firstState + j, a) is at <c>q[a · stride + j]</c>. May overwrite <paramref name="q"/>.
    /// </summary>
    void Values(int firstState, Span<double> q, int stride, Span<double> values);

    /// <summary>π(·|s) for the row Q(s, ·) and the value V(s) computed from it.</summary>
    void Policy(int state, ReadOnlySpan<double> q, double value, Span<double> probabilities);
}

/// <summary>The hard backup V(s) = max_a Q(s, a); its policy is greedy, ties going to the first action.</summary>
internal readonly struct MaxBackup : IBackup
{
    public double Value(int state, ReadOnlySpan<double> q) => TensorPrimitives.Max(q);

    public void Values(int firstState, Span<double> q, int stride, Span<double> values)
    {
        var count = values.Length;
        q[..count].CopyTo(values);
        for (var offset = stride; offset + count <= q.Length; offset += stride)
            TensorPrimitives.Max(values, q.Slice(offset, count), values);
    }

    public void Policy(int state, ReadOnlySpan<double> q, double value, Span<double> probabilities)
    {
        probabilities.Clear();
        var best = -1;
        for (var a = 0; a < q.Length; a++)
        {
            if (!double.IsNegativeInfinity(q[a]) && (best < 0 || q[a] > q[best]))
                best = a;
        }
        if (best >= 0)
            probabilities[best] = 1;
    }
}

/// <summary>
/// The soft backup V(s) = T·log Σ_a p(a|s) exp(Q(s, a) / T); its policy is π(a|s) = p(a|s) exp((Q(s, a) − V(s)) / T).
/// Without an action prior p ≡ 1, as in soft value iteration; with one, as in exact inference's backward messages.
/// </summary>
internal readonly struct SoftBackup : IBackup
{
    private readonly double _temperature;
    private readonly double[]? _logPrior;

    public SoftBackup(double temperature, double[]? logPrior = null) => (_temperature, _logPrior) = (temperature, logPrior);

    public double Value(int state, ReadOnlySpan<double> q)
    {
        if (_logPrior is null)
            return LogSumExp.SoftMaximum(q, _temperature);
        Span<double> shifted = q.Length <= 256 ? stackalloc double[q.Length] : new double[q.Length];
        for (var a = 0; a < q.Length; a++)
            shifted[a] = q[a] + _temperature * _logPrior[state * q.Length + a];
        return LogSumExp.SoftMaximum(shifted, _temperature);
    }

    /// <summary>
    /// The same max-shifted log-sum-exp as <see cref="LogSumExp.SoftMaximum"/>, one action row at a time over the
    /// block so that exp and log run vectorized across states.
    /// </summary>
    public void Values(int firstState, Span<double> q, int stride, Span<double> values)
    {
        var count = values.Length;
        if (_logPrior is not null)
            AddPrior(firstState, q, stride, count);
        new MaxBackup().Values(firstState, q, stride, values);
        Span<double> sums = stackalloc double[BellmanKernel.BlockSize];
        sums = sums[..count];
        sums.Clear();
        var inverse = 1 / _temperature;
        for (var offset = 0; offset + count <= q.Length; offset += stride)
        {
            var row = q.Slice(offset, count);
            TensorPrimitives.Subtract(row, values, row);
            TensorPrimitives.Multiply(row, inverse, row);
            TensorPrimitives.Exp(row, row);
            TensorPrimitives.Add(sums, row, sums);
        }
        TensorPrimitives.Log(sums, sums);
        TensorPrimitives.MultiplyAdd(sums, _temperature, values, values);
    }

    public void Policy(int state, ReadOnlySpan<double> q, double value, Span<double> probabilities)
    {
        for (var a = 0; a < q.Length; a++)
        {
            var prior = _logPrior is null ? 0 : _logPrior[state * q.Length + a];
            probabilities[a] = Math.Exp((q[a] + _temperature * prior - value) / _temperature);
        }
    }

    /// <summary>Q(s, a) + T log p(a|s) over an action-major block, so that the prior enters the log-sum-exp.</summary>
    private void AddPrior(int firstState, Span<double> q, int stride, int count)
    {
        var actions = q.Length / stride;
        for (var a = 0; a < actions; a++)
        {
            for (var j = 0; j < count; j++)
                q[a * stride + j] += _temperature * _logPrior![(firstState + j) * actions + a];
        }
    }
}

/// <summary>The expectation under a fixed policy, V(s) = Σ_a π(a|s) Q(s, a).</summary>
internal readonly struct PolicyBackup : IBackup
{
    private readonly double[] _probabilities;

    public PolicyBackup(double[] probabilities) => _probabilities = probabilities;

    public double Value(int state, ReadOnlySpan<double> q) => Expectation(state, q, stride: 1, column: 0, q.Length);

    public void Values(int firstState, Span<double> q, int stride, Span<double> values)
    {
        var actions = q.Length / stride;
        for (var j = 0; j < values.Length; j++)
            values[j] = Expectation(firstState + j, q, stride, j, actions);
    }

    private double Expectation(int state, ReadOnlySpan<double> q, int stride, int column, int actions)
    {
        var row = _probabilities.AsSpan(state * actions, actions);
        var value = 0.0;
        for (var a = 0; a < actions; a++)
        {
            // A disallowed action has Q = −∞ and probability 0; skip it rather than form 0 · −∞.
            if (row[a] > 0)
                value += row[a] * q[a * stride + column];
        }
        return value;
    }

    public void Policy(int state, ReadOnlySpan<double> q, double value, Span<double> probabilities) =>
        _probabilities.AsSpan(state * q.Length, q.Length).CopyTo(probabilities);
}
