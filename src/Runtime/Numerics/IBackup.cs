using System;

namespace MdpDsl.Numerics;

/// <summary>
/// How a state's value follows from its action values Q(s, ·) (−∞ where an action is disallowed), and which
/// policy goes with it. The Bellman kernels are generic over it, so one sweep serves every solver.
/// </summary>
internal interface IBackup
{
    double Value(int state, ReadOnlySpan<double> q);

    void Policy(int state, ReadOnlySpan<double> q, double value, Span<double> probabilities);
}

/// <summary>The hard backup V(s) = max_a Q(s, a); its policy is greedy, ties going to the first action.</summary>
internal readonly struct MaxBackup : IBackup
{
    public double Value(int state, ReadOnlySpan<double> q)
    {
        var max = double.NegativeInfinity;
        foreach (var x in q)
            max = Math.Max(max, x);
        return max;
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

/// <summary>The soft backup V(s) = T·log Σ_a exp(Q(s, a) / T); its policy is π(a|s) = exp((Q(s, a) − V(s)) / T).</summary>
internal readonly struct SoftBackup : IBackup
{
    private readonly double _temperature;

    public SoftBackup(double temperature) => _temperature = temperature;

    public double Value(int state, ReadOnlySpan<double> q) => LogSumExp.SoftMaximum(q, _temperature);

    public void Policy(int state, ReadOnlySpan<double> q, double value, Span<double> probabilities)
    {
        for (var a = 0; a < q.Length; a++)
            probabilities[a] = Math.Exp((q[a] - value) / _temperature);
    }
}

/// <summary>The expectation under a fixed policy, V(s) = Σ_a π(a|s) Q(s, a).</summary>
internal readonly struct PolicyBackup : IBackup
{
    private readonly double[] _probabilities;

    public PolicyBackup(double[] probabilities) => _probabilities = probabilities;

    public double Value(int state, ReadOnlySpan<double> q)
    {
        var row = _probabilities.AsSpan(state * q.Length, q.Length);
        var value = 0.0;
        for (var a = 0; a < q.Length; a++)
        {
            if (row[a] > 0)
                value += row[a] * q[a];
        }
        return value;
    }

    public void Policy(int state, ReadOnlySpan<double> q, double value, Span<double> probabilities) =>
        _probabilities.AsSpan(state * q.Length, q.Length).CopyTo(probabilities);
}
