using System;
using System.Collections.Generic;
using System.Linq;
using MdpDsl.Compilation;
using MdpDsl.Inference;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// Exact inference over a finite horizon (Levine 2018, §2.3–§2.4). Each of the <see cref="Stages"/> holds
/// V_t(s) = log β_t(s), Q_t(s, a) = log β_t(s, a) and the posterior policy π_t(a|s) = p(a|s) exp(Q_t − V_t).
/// Forward messages give the posterior state marginals p(s_t | O); the posterior dynamics
/// p(s_{t+1} | s_t, a_t, O) show the optimism of exact inference under stochastic dynamics.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class InferenceResult<TState, TAction>
    where TState : notnull
{
    private readonly TransitionTable _table;
    private readonly Indexer<TState> _states;
    private readonly Indexer<TAction> _actions;
    private readonly double[][] _logBetaState;
    private readonly double[][] _logBetaAction;
    private readonly double[][] _marginals;

    internal InferenceResult(
        TransitionTable table, Indexer<TState> states, Indexer<TAction> actions,
        double[][] logBetaState, double[][] logBetaAction, double[][] policy, double[][] logForward, double logEvidence)
    {
        (_table, _states, _actions) = (table, states, actions);
        (_logBetaState, _logBetaAction) = (logBetaState, logBetaAction);
        Horizon = logBetaAction.Length;
        CheckFinite(logForward, logEvidence);
        LogEvidence = logEvidence;
        Stages = Enumerable.Range(0, Horizon)
            .Select(t => new Stage<TState, TAction>(
                t,
                new StateValues<TState>(states, logBetaState[t]),
                new ActionValues<TState, TAction>(states, actions, logBetaAction[t]),
                new Policy<TState, TAction>(states, actions, policy[t])))
            .ToArray();
        LogForward = logForward.Select(alpha => new StateValues<TState>(states, alpha)).ToArray();
        _marginals = logForward
            .Select((alpha, t) => alpha.Select((a, s) => Math.Exp(a + logBetaState[t][s] - logEvidence)).ToArray())
            .ToArray();
        Marginals = _marginals.Select(p => new StateValues<TState>(states, p)).ToArray();
        DynamicsKl = ExpectedDynamicsKl(policy);
    }

    /// <summary>The number of steps T.</summary>
    public int Horizon { get; }

    /// <summary>log p(O_0 … O_{T−1}) = log Σ_s p(s_0 = s) β_0(s): the evidence.</summary>
    public double LogEvidence { get; }

    /// <summary>Per step t = 0 … T − 1: V = log β_t(s), Q = log β_t(s, a) and the posterior policy.</summary>
    public IReadOnlyList<Stage<TState, TAction>> Stages { get; }

    /// <summary>log α_t(s) = log p(s_t = s, O_0 … O_{t−1}) for t = 0 … T.</summary>
    public IReadOnlyList<StateValues<TState>> LogForward { get; }

    /// <summary>The posterior state marginals p(s_t = s | O_0 … O_{T−1}) = α_t(s) β_t(s) / p(O), for t = 0 … T.</summary>
    public IReadOnlyList<StateValues<TState>> Marginals { get; }

    /// <summary>
    /// The total optimism of exact inference: E over posterior trajectories of Σ_t KL(p(s'|s, a, O) ‖ p(s'|s, a)),
    /// the divergence between the dynamics the posterior believes in and the true ones (0 for deterministic dynamics).
    /// </summary>
    public double DynamicsKl { get; }

    /// <summary>The posterior dynamics p(s_{t+1} | s_t, a_t, O) ∝ p(s'|s, a) β_{t+1}(s') at step <paramref name="step"/>.</summary>
    public IReadOnlyList<(TState State, double Probability)> PosteriorDynamics(int step, TState state, TAction action)
    {
        var (s, a) = Pair(step, state, action);
        var range = _table.RowRange(s, a);
        var logNormalizer = BackwardMessages.LogExpectation(_table, s, a, _logBetaState[step + 1]);
        var result = new (TState, double)[range.End.Value - range.Start.Value];
        for (var k = range.Start.Value; k < range.End.Value; k++)
        {
            var next = _table.Successors[k];
            result[k - range.Start.Value] = (_states[next], _table.Probability(k) * Math.Exp(_logBetaState[step + 1][next] - logNormalizer));
        }
        return result;
    }

    /// <summary>
    /// The optimism gap of (<paramref name="state"/>, <paramref name="action"/>) at <paramref name="step"/>:
    /// log E[β_{t+1}(s')] − E[log β_{t+1}(s')] under the true dynamics, how much exact inference's Q exceeds the
    /// variational backup of the same next-step values. It equals KL(p(s'|s, a) ‖ p(s'|s, a, O)) ≥ 0.
    /// </summary>
    public double OptimismGap(int step, TState state, TAction action)
    {
        var (s, a) = Pair(step, state, action);
        return BackwardMessages.LogExpectation(_table, s, a, _logBetaState[step + 1]) - ExpectedLogBeta(step, s, a);
    }

    /// <summary>KL(p(s'|s, a, O) ‖ p(s'|s, a)) at <paramref name="step"/>: how far the posterior tilts the dynamics.</summary>
    public double PosteriorDynamicsKl(int step, TState state, TAction action)
    {
        var (s, a) = Pair(step, state, action);
        return KlAt(step, s, a);
    }

    /// <summary>
    /// Every message of a non-terminal state and of an allowed pair is a finite number in exact arithmetic (each such
    /// state has an allowed action, and every action prior gives the allowed actions mass); one that is not finite
    /// has left the range of a double because the rewards summed over the horizon exceed ±1.8e308. A forward
    /// message may be −∞ (an unreachable state, or a weight below the smallest double), never NaN or +∞.
    /// </summary>
    private void CheckFinite(double[][] logForward, double logEvidence)
    {
        var actions = _table.ActionCount;
        // Backward messages are computed from the last step down: report the first one that overflowed.
        for (var t = Horizon - 1; t >= 0; t--)
        {
            for (var s = 0; s < _table.StateCount; s++)
            {
                if (_table.Terminal[s])
                    continue;
                for (var a = 0; a < actions; a++)
                {
                    var q = _logBetaAction[t][s * actions + a];
                    if (_table.IsAllowed(s, a) && !double.IsFinite(q))
                        throw Overflow($"log β_{t}({_states[s]}, {_actions[a]}) = {q}", t, _states[s], _actions[a], q);
                }
                var v = _logBetaState[t][s];
                if (!double.IsFinite(v))
                    throw Overflow($"log β_{t}({_states[s]}) = {v}", t, _states[s], null, v);
            }
        }
        for (var t = 0; t < logForward.Length; t++)
        {
            for (var s = 0; s < _table.StateCount; s++)
            {
                var alpha = logForward[t][s];
                if (double.IsNaN(alpha) || double.IsPositiveInfinity(alpha))
                    throw Overflow($"log α_{t}({_states[s]}) = {alpha}", t, _states[s], null, alpha);
            }
        }
        if (!double.IsFinite(logEvidence))
            throw Overflow($"log p(O) = {logEvidence}", 0, null, null, logEvidence);
    }

    private static DivergenceException Overflow(string where, int step, object? state, object? action, double value) =>
        new($"Exact inference overflowed at step {step}: {where}. The log messages sum rewards over the horizon, which must stay " +
            "within ±1.8e308; scale the rewards down or shorten the horizon.", step, state, action, value);

    private double KlAt(int step, int s, int a)
    {
        var next = _logBetaState[step + 1];
        var logNormalizer = BackwardMessages.LogExpectation(_table, s, a, next);
        var range = _table.RowRange(s, a);
        var kl = 0.0;
        for (var k = range.Start.Value; k < range.End.Value; k++)
        {
            var logRatio = next[_table.Successors[k]] - logNormalizer;
            kl += _table.Probability(k) * Math.Exp(logRatio) * logRatio;
        }
        return Math.Max(0, kl);
    }

    private double ExpectedLogBeta(int step, int s, int a)
    {
        var range = _table.RowRange(s, a);
        var expected = 0.0;
        for (var k = range.Start.Value; k < range.End.Value; k++)
            expected += _table.Probability(k) * _logBetaState[step + 1][_table.Successors[k]];
        return expected;
    }

    private double ExpectedDynamicsKl(double[][] policy)
    {
        var actions = _table.ActionCount;
        var total = 0.0;
        for (var t = 0; t < Horizon; t++)
        {
            for (var s = 0; s < _table.StateCount; s++)
            {
                if (_marginals[t][s] == 0 || _table.Terminal[s])
                    continue;
                for (var a = 0; a < actions; a++)
                {
                    var pi = policy[t][s * actions + a];
                    if (pi > 0)
                        total += _marginals[t][s] * pi * KlAt(t, s, a);
                }
            }
        }
        return total;
    }

    private (int State, int Action) Pair(int step, TState state, TAction action)
    {
        if ((uint)step >= (uint)Horizon)
            throw new ArgumentOutOfRangeException(nameof(step), step, $"The step must lie in [0, {Horizon}).");
        var (s, a) = (_states.IndexOf(state), _actions.IndexOf(action));
        if (!_table.IsAllowed(s, a))
            throw new ArgumentException($"Action {action} is not available in state {state}.", nameof(action));
        return (s, a);
    }
}
