using System;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Learning;

/// <summary>
/// The tabular softmax policy of actor-critic and REINFORCE: preferences θ(s, a) (−∞ for disallowed actions) and
/// π(a|s) = exp θ(s, a) / Σ_b exp θ(s, b). A step follows a sampled signal times ∇θ log π(a|s), whose components are
/// 1[b = a] − π(b|s), plus, with an entropy weight β, the exact gradient of β·H(π(·|s)), whose components are
/// −π(b|s)(log π(b|s) + H(π(·|s))). The entropy term is taken analytically, for every action, rather than through
/// sampled −β log π(a|s) rewards: it has the same expectation without their variance (a rarely drawn action brings a
/// large −β log π(a|s) when it is drawn), and it lifts every action whose log-probability lies below the mean at
/// every update, drawn or not. Its pull on an action is still proportional to π(b|s), as every softmax gradient is,
/// so an action pushed to a tiny probability by an early, large step recovers slowly.
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

    /// <summary>H(π(·|s)) = −Σ_a π(a|s) log π(a|s), in nats.</summary>
    public double Entropy(int state)
    {
        var logNormalizer = LogSumExp.Softmax(Row(state), default, 1, _probabilities);
        return EntropyOfRow(Row(state), logNormalizer);
    }

    /// <summary>
    /// θ(s, b) += α(n)·[<paramref name="signal"/>·(1[b = a] − π(b|s)) − <paramref name="entropyWeight"/>·π(b|s)(log π(b|s) + H(π(·|s)))]
    /// for every allowed b, n counting the updates of s.
    /// </summary>
    public void Reinforce(int state, int action, double signal, double entropyWeight, TabularSimulator simulator)
    {
        var logNormalizer = LogSumExp.Softmax(Row(state), default, 1, _probabilities);
        var entropy = entropyWeight == 0 ? 0 : EntropyOfRow(Row(state), logNormalizer);
        var rate = _rate.At(++_updates[state]);
        var row = _preferences.AsSpan(state * _actions, _actions);
        for (var b = 0; b < _actions; b++)
        {
            if (double.IsNegativeInfinity(row[b]))
                continue;
            var p = _probabilities[b];
            var score = signal * ((b == action ? 1 : 0) - p);
            // p·log p with log p from the preferences: exact, and 0 where p underflows.
            var entropyGradient = entropyWeight == 0 ? 0 : -entropyWeight * p * (row[b] - logNormalizer + entropy);
            row[b] += rate * (score + entropyGradient);
            Divergence.Check(row[b], simulator, state, b);
        }
    }

    /// <summary>π for every pair, 0 in terminal states.</summary>
    public double[] Policy(TransitionTable table) => ActionRows.Backup(table, _preferences, new SoftBackup(1)).Policy;

    /// <summary>−Σ π log π of a row whose π is in <see cref="_probabilities"/> and whose log-normalizer is given.</summary>
    private double EntropyOfRow(ReadOnlySpan<double> row, double logNormalizer)
    {
        var entropy = 0.0;
        for (var b = 0; b < _actions; b++)
        {
            if (_probabilities[b] > 0)
                entropy -= _probabilities[b] * (row[b] - logNormalizer);
        }
        return entropy;
    }

    private ReadOnlySpan<double> Row(int state) => _preferences.AsSpan(state * _actions, _actions);
}
