using System;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Learning;

/// <summary>
/// The tabular softmax policy of actor-critic and REINFORCE: preferences θ(s, a) (−∞ for disallowed actions) and
/// π(a|s) = exp θ(s, a) / Σ_b exp θ(s, b), moved along δ·∇θ log π(a|s), whose components are 1[b = a] − π(b|s).
/// </summary>
internal sealed class SoftmaxActor
{
    private readonly int _actions;
    private readonly double[] _preferences;
    private readonly double[] _probabilities;
    private readonly long[] _updates;
    private readonly Schedule _rate;

    public SoftmaxActor(TransitionTable table, Schedule rate)
    {
        _actions = table.ActionCount;
        _preferences = ActionRows.Zeros(table);
        _probabilities = new double[_actions];
        _updates = new long[table.StateCount];
        _rate = rate;
    }

    public int Act(int state, Random random) => Sampling.Boltzmann(Row(state), 1, _probabilities, random);

    /// <summary>log π(a|s) = θ(s, a) − log Σ_b exp θ(s, b), exact even where π underflows.</summary>
    public double LogProbability(int state, int action) => _preferences[state * _actions + action] - LogSumExp.Compute(Row(state));

    /// <summary>θ(s, ·) += α(n)·<paramref name="signal"/>·∇θ log π(<paramref name="action"/>|s), n counting the updates of s.</summary>
    public void Reinforce(int state, int action, double signal, TabularSimulator simulator)
    {
        LogSumExp.Softmax(Row(state), default, 1, _probabilities);
        var step = _rate.At(++_updates[state]) * signal;
        var row = _preferences.AsSpan(state * _actions, _actions);
        for (var b = 0; b < _actions; b++)
        {
            if (double.IsNegativeInfinity(row[b]))
                continue;
            row[b] += step * ((b == action ? 1 : 0) - _probabilities[b]);
            Divergence.Check(row[b], simulator, state, b);
        }
    }

    /// <summary>π for every pair, 0 in terminal states.</summary>
    public double[] Policy(TransitionTable table) => ActionRows.Backup(table, _preferences, new SoftBackup(1)).Policy;

    private ReadOnlySpan<double> Row(int state) => _preferences.AsSpan(state * _actions, _actions);
}
