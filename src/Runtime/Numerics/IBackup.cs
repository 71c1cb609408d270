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

    /// <summary>π(·|s) for the row Q(s, ·) into <paramref name="probabilities"/>, and V(s) as <see cref="Value"/> gives it.</summary>
    double ValueAndPolicy(int state, ReadOnlySpan<double> q, Span<double> probabilities);
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

    public double ValueAndPolicy(int state, ReadOnlySpan<double> q, Span<double> probabilities)
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
        return Value(state, q);
    }
}

/// <summary>
/// The soft backup V(s) = T·log Σ_a p(a|s) exp(Q(s, a) / T); its policy is π(a|s) = p(a|s) exp(Q(s, a) / T) / Σ_b p(b|s) exp(Q(s, b) / T),
/// normalized from the max-shifted exponentials (<see cref="LogSumExp.Softmax"/>) so that it sums to 1 at every temperature.
/// Without an action prior p ≡ 1, as in soft value iteration; with one, as in exact inference's backward messages.
/// </summary>
internal readonly struct SoftBackup : IBackup
{
    private readonly double _temperature;
    private readonly double[]? _prior;

    /// <param name="temperature">T, checked by the caller so that 1/T is finite.</param>
    /// <param name="prior">The action prior p(a|s), row-major (0 where an action is not allowed or has no prior mass); null for none.</param>
    public SoftBackup(double temperature, double[]? prior = null) => (_temperature, _prior) = (temperature, prior);

    public double Value(int state, ReadOnlySpan<double> q) => LogSumExp.SoftMaximum(q, PriorRow(state, q.Length), _temperature);

    public void Values(int firstState, Span<double> q, int stride, Span<double> values)
    {
        if (_prior is null)
        {
            LogSumExp.SoftMaximumColumns(q, default, stride, _temperature, values);
            return;
        }
        // The prior laid out like the action-major block of Q, on the stack up to the size the kernel keeps Q there.
        Span<double> weights = q.Length <= 4096 ? stackalloc double[q.Length] : new double[q.Length];
        var actions = q.Length / stride;
        for (var a = 0; a < actions; a++)
        {
            for (var j = 0; j < values.Length; j++)
                weights[a * stride + j] = _prior[(firstState + j) * actions + a];
        }
        LogSumExp.SoftMaximumColumns(q, weights, stride, _temperature, values);
    }

    public double ValueAndPolicy(int state, ReadOnlySpan<double> q, Span<double> probabilities) =>
        LogSumExp.Softmax(q, PriorRow(state, q.Length), _temperature, probabilities);

    private ReadOnlySpan<double> PriorRow(int state, int actions) =>
        _prior is null ? default : _prior.AsSpan(state * actions, actions);
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

    public double ValueAndPolicy(int state, ReadOnlySpan<double> q, Span<double> probabilities)
    {
        _probabilities.AsSpan(state * q.Length, q.Length).CopyTo(probabilities);
        return Value(state, q);
    }
}
