using System;
using System.Collections.Generic;
using System.Linq;
using MdpDsl.Compilation;
using MdpDsl.Foundation;
using MdpDsl.Inference;
using MdpDsl.Learning;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// Exact inference over a finite horizon (Levine 2018, §2.3–§2.4) with the tempered likelihood
/// p(O_t = 1 | s, a) = exp(r(s, a) / T) and, in a discounted model, an exit with probability 1 − γ after every action to
/// an absorbing state of reward 0. Each of the <see cref="Stages"/> holds V_t(s) = T·log β_t(s),
/// Q_t(s, a) = T·log β_t(s, a) and the posterior policy π_t(a|s) = p(a|s) exp((Q_t − V_t) / T): in reward units, so
/// that they compare with soft value iteration's at the same temperature (at T = 1 they are log β itself).
/// Forward messages give the posterior state marginals p(s_t | O); the posterior dynamics
/// p(s_{t+1} | s_t, a_t, O) show the optimism of exact inference under stochastic dynamics; the trajectory posterior
/// p(τ | O) can be evaluated, sampled and maximized.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class InferenceResult<TState, TAction>
    where TState : notnull
    where TAction : struct
{
    private readonly TransitionTable _table;
    private readonly Indexer<TState> _states;
    private readonly Indexer<TAction> _actions;
    private readonly double[] _logPrior;
    private readonly double[][] _v;
    private readonly double[][] _q;
    private readonly double[][] _policy;
    private readonly double[][] _logForward;
    private readonly double[][] _marginals;

    internal InferenceResult(
        TransitionTable table, Indexer<TState> states, Indexer<TAction> actions, double discount, double temperature, double[] logPrior,
        double[][] v, double[][] q, double[][] policy, double[][] logForward, double logEvidence)
    {
        (_table, _states, _actions, _logPrior) = (table, states, actions, logPrior);
        (_v, _q, _policy, _logForward) = (v, q, policy, logForward);
        (Discount, Temperature) = (discount, temperature);
        Horizon = q.Length;
        CheckFinite(logForward, logEvidence);
        LogEvidence = logEvidence;
        Stages = Enumerable.Range(0, Horizon)
            .Select(t => new Stage<TState, TAction>(
                t,
                new StateValues<TState>(states, v[t]),
                new ActionValues<TState, TAction>(states, actions, q[t]),
                new Policy<TState, TAction>(states, actions, policy[t])))
            .ToArray();
        LogForward = logForward.Select(alpha => new StateValues<TState>(states, alpha)).ToArray();
        _marginals = logForward
            .Select((alpha, t) => alpha.Select((a, s) => Math.Exp(a + v[t][s] / temperature - logEvidence)).ToArray())
            .ToArray();
        Marginals = _marginals.Select(p => new StateValues<TState>(states, p)).ToArray();
        DynamicsKl = ExpectedDynamicsKl();
    }

    /// <summary>The number of steps H.</summary>
    public int Horizon { get; }

    /// <summary>The discount γ: the probability of going on after each action (1 − γ leaves to the absorbing state).</summary>
    public double Discount { get; }

    /// <summary>The temperature T of the likelihood p(O = 1 | s, a) = exp(r(s, a) / T).</summary>
    public double Temperature { get; }

    /// <summary>log p(O_0 … O_{H−1}) = log Σ_s p(s_0 = s) β_0(s): the evidence.</summary>
    public double LogEvidence { get; }

    /// <summary>Per step t = 0 … H − 1: V = T·log β_t(s), Q = T·log β_t(s, a) and the posterior policy.</summary>
    public IReadOnlyList<Stage<TState, TAction>> Stages { get; }

    /// <summary>
    /// log α_t(s) = log p(s_t = s, not yet left, O_0 … O_{t−1}) for t = 0 … H (in nats, not scaled by T); the first is the
    /// log of the start distribution.
    /// </summary>
    public IReadOnlyList<StateValues<TState>> LogForward { get; }

    /// <summary>
    /// The posterior state marginals p(s_t = s | O_0 … O_{H−1}) = α_t(s) β_t(s) / p(O), for t = 0 … H. In a discounted
    /// model they sum to the posterior probability of not having left before step t.
    /// </summary>
    public IReadOnlyList<StateValues<TState>> Marginals { get; }

    /// <summary>
    /// The total optimism of exact inference: E over posterior trajectories of Σ_t KL(p(s'|s, a, O) ‖ p(s'|s, a)),
    /// the divergence between the dynamics the posterior believes in and the true ones, the discount's exit counted as
    /// one more successor (0 for deterministic dynamics without discount).
    /// </summary>
    public double DynamicsKl { get; }

    /// <summary>
    /// The posterior dynamics p(s_{t+1} = s' | s_t, a_t, O) = γ p(s'|s, a) β_{t+1}(s') / β̃ at step <paramref name="step"/>, where
    /// β̃ = γ Σ p β_{t+1} + 1 − γ. In a discounted model they sum to less than 1: the rest is the posterior probability
    /// of leaving, (1 − γ) / β̃.
    /// </summary>
    public IReadOnlyList<(TState State, double Probability)> PosteriorDynamics(int step, TState state, TAction action)
    {
        var (s, a) = Pair(step, state, action);
        var range = _table.RowRange(s, a);
        var lookahead = Lookahead(step, s, a);
        var result = new (TState, double)[range.End.Value - range.Start.Value];
        for (var k = range.Start.Value; k < range.End.Value; k++)
        {
            var next = _table.Successors[k];
            result[k - range.Start.Value] = (_states[next], Discount * _table.Probability(k) * Math.Exp((_v[step + 1][next] - lookahead) / Temperature));
        }
        return result;
    }

    /// <summary>
    /// The optimism gap of (<paramref name="state"/>, <paramref name="action"/>) at <paramref name="step"/>:
    /// T·log(γ E[β_{t+1}(s')] + 1 − γ) − γ E[V_{t+1}(s')] under the true dynamics, how much exact inference's Q
    /// exceeds soft value iteration's backup of the same next-step values. It equals T·KL(p ‖ p(·|s, a, O)) ≥ 0 over
    /// the successors and the discount's exit.
    /// </summary>
    public double OptimismGap(int step, TState state, TAction action)
    {
        var (s, a) = Pair(step, state, action);
        return Lookahead(step, s, a) - ExpectedNextValue(step, s, a);
    }

    /// <summary>
    /// KL(p(·|s, a, O) ‖ p(·|s, a)) at <paramref name="step"/>, over the successors and the discount's exit: how far the
    /// posterior tilts the dynamics.
    /// </summary>
    public double PosteriorDynamicsKl(int step, TState state, TAction action)
    {
        var (s, a) = Pair(step, state, action);
        return KlAt(step, s, a);
    }

    /// <summary>
    /// log p(τ | O) = log p(s_0) + Σ_t [log p(a_t|s_t) + r(s_t, a_t) / T + log(γ p(s_{t+1}|s_t, a_t))] − log p(O), with
    /// log(1 − γ) for a last step that leaves by the discount. −∞ for a trajectory the model or the prior cannot produce:
    /// a start outside the start distribution, an action disallowed or without prior mass, an impossible successor, an
    /// action in a terminal state, or an end before the horizon in a state that is not terminal.
    /// </summary>
    /// <exception cref="ArgumentException">The trajectory is longer than the horizon or names a state outside the model.</exception>
    public double LogProbability(Trajectory<TState, TAction> trajectory) =>
        LogWeight(trajectory, (_, s, a) => _logPrior[s * _table.ActionCount + a] + _table.Reward(s, a) / Temperature) - LogEvidence;

    /// <summary>
    /// log p_π(τ) of the trajectory when <paramref name="policy"/> acts under the true dynamics, from the same start
    /// distribution and with the same discount exit, without conditioning on optimality: what the trajectory's
    /// posterior probability <see cref="LogProbability(Trajectory{TState, TAction})"/> should be compared with.
    /// </summary>
    /// <exception cref="ArgumentException">The policy belongs to another model, or the trajectory is longer than the horizon or names a state outside the model.</exception>
    public double LogProbability(Trajectory<TState, TAction> trajectory, Policy<TState, TAction> policy)
    {
        var probabilities = Own(policy, nameof(policy));
        return LogWeight(trajectory, (_, s, a) => Math.Log(probabilities[s * _table.ActionCount + a]));
    }

    /// <summary>
    /// log p_π(τ) as <see cref="LogProbability(Trajectory{TState, TAction}, Policy{TState, TAction})"/>, with the
    /// time-indexed <paramref name="policies"/>[t] acting at step t (one per step of the horizon).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// There is not one policy per step, a policy belongs to another model, or the trajectory is longer than the
    /// horizon or names a state outside the model.
    /// </exception>
    public double LogProbability(Trajectory<TState, TAction> trajectory, IReadOnlyList<Policy<TState, TAction>> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        if (policies.Count != Horizon)
            throw new ArgumentException($"Give one policy per step: {Horizon}, not {policies.Count}.", nameof(policies));
        var tables = policies.Select(p => Own(p, nameof(policies))).ToArray();
        return LogWeight(trajectory, (t, s, a) => Math.Log(tables[t][s * _table.ActionCount + a]));
    }

    /// <summary>
    /// Draws a trajectory from p(τ | O) by forward sampling: s_0 from p(s_0 | O), then at each step an action from the
    /// posterior policy π_t and the next state, or the discount's exit, from the posterior dynamics, until a terminal
    /// state, the exit or the horizon. The same <paramref name="random"/> sequence gives the same trajectory.
    /// </summary>
    public Trajectory<TState, TAction> Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var actions = _table.ActionCount;
        var s = Sampling.Categorical(_marginals[0], random.NextDouble());
        var (states, taken) = (new List<TState> { _states[s] }, new List<TAction>());
        for (var t = 0; t < Horizon && !_table.Terminal[s]; t++)
        {
            var a = Sampling.Categorical(_policy[t].AsSpan(s * actions, actions), random.NextDouble());
            taken.Add(_actions[a]);
            var next = DrawSuccessor(random, t, s, a);
            if (next < 0)
                return new Trajectory<TState, TAction>(states, taken);
            states.Add(_states[next]);
            s = next;
        }
        return new Trajectory<TState, TAction>(states, taken);
    }

    /// <summary>
    /// The most probable trajectory, argmax_τ p(τ | O), by max-product (Viterbi) over the same factors as the messages:
    /// δ_t(s) = max_a [log p(a|s) + r(s, a) / T + max(log(1 − γ), max_{s'} log(γ p(s'|s, a)) + δ_{t+1}(s'))], with
    /// δ = 0 at the horizon and in terminal states. Ties go to the first state, action and successor in index order.
    /// Its probability is <see cref="LogProbability(Trajectory{TState, TAction})"/>.
    /// </summary>
    public Trajectory<TState, TAction> MostProbableTrajectory()
    {
        var (states, actions) = MaxProduct.Decode(_table, _logPrior, LogInitial, Discount, Temperature, Horizon);
        return new Trajectory<TState, TAction>(states.ConvertAll(s => _states[s]), actions.ConvertAll(a => _actions[a]));
    }

    private double[] LogInitial => _logForward[0];

    /// <summary>
    /// log p(s_0) + Σ_t [<paramref name="logChoice"/>(t, s_t, a_t) + log(γ p(s_{t+1}|s_t, a_t))], log(1 − γ) for a final exit.
    /// </summary>
    private double LogWeight(Trajectory<TState, TAction> trajectory, Func<int, int, int, double> logChoice)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        if (trajectory.Length > Horizon)
            throw new ArgumentException($"The trajectory takes {trajectory.Length} actions, more than the horizon of {Horizon} steps.", nameof(trajectory));
        var states = trajectory.States.Select(state => _states.TryIndexOf(state, out var index)
            ? index
            : throw new ArgumentException($"The trajectory visits {state}, which is not a state of the model.", nameof(trajectory))).ToArray();
        var weight = LogInitial[states[0]];
        for (var t = 0; t < trajectory.Length && !double.IsNegativeInfinity(weight); t++)
        {
            var s = states[t];
            if (!_actions.TryIndexOf(trajectory.Actions[t], out var a) || _table.Terminal[s] || !_table.IsAllowed(s, a))
                return double.NegativeInfinity;
            weight += logChoice(t, s, a);
            weight += t + 1 < states.Length ? Math.Log(Discount * TransitionProbability(s, a, states[t + 1])) : Math.Log(1 - Discount);
        }
        var last = states[^1];
        var endsEarly = !trajectory.LeftByDiscount && trajectory.Length < Horizon && !_table.Terminal[last];
        return endsEarly ? double.NegativeInfinity : weight;
    }

    private double TransitionProbability(int s, int a, int next)
    {
        var range = _table.RowRange(s, a);
        var probability = 0.0;
        for (var k = range.Start.Value; k < range.End.Value; k++)
        {
            if (_table.Successors[k] == next)
                probability += _table.Probability(k);
        }
        return probability;
    }

    /// <summary>A successor of (s, a) at <paramref name="step"/> from the posterior dynamics, or −1 for the discount's exit.</summary>
    private int DrawSuccessor(Random random, int step, int s, int a)
    {
        var range = _table.RowRange(s, a);
        var lookahead = Lookahead(step, s, a);
        var u = random.NextDouble() - (1 - Discount) * Math.Exp(-lookahead / Temperature);
        if (u < 0)
            return -1;
        var last = -1;
        for (var k = range.Start.Value; k < range.End.Value; k++)
        {
            var next = _table.Successors[k];
            var probability = Discount * _table.Probability(k) * Math.Exp((_v[step + 1][next] - lookahead) / Temperature);
            if (probability <= 0)
                continue;
            last = next;
            u -= probability;
            if (u < 0)
                return next;
        }
        return last;
    }

    private double[] Own(Policy<TState, TAction> policy, string parameter)
    {
        ArgumentNullException.ThrowIfNull(policy, parameter);
        if (!ReferenceEquals(policy.Owner, _states))
            throw new ArgumentException("The policy belongs to another compiled model, whose states may differ from this one's even where the types agree.", parameter);
        return policy.Probabilities;
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
                    var q = _q[t][s * actions + a];
                    if (_table.IsAllowed(s, a) && !double.IsFinite(q))
                        throw Overflow($"Q_{t}({_states[s]}, {_actions[a]}) = T·log β_{t}({_states[s]}, {_actions[a]}) = {NumberText.Short(q)}", t, _states[s], _actions[a], q);
                }
                var v = _v[t][s];
                if (!double.IsFinite(v))
                    throw Overflow($"V_{t}({_states[s]}) = T·log β_{t}({_states[s]}) = {NumberText.Short(v)}", t, _states[s], null, v);
            }
        }
        for (var t = 0; t < logForward.Length; t++)
        {
            for (var s = 0; s < _table.StateCount; s++)
            {
                var alpha = logForward[t][s];
                if (double.IsNaN(alpha) || double.IsPositiveInfinity(alpha))
                    throw Overflow($"log α_{t}({_states[s]}) = {NumberText.Short(alpha)}", t, _states[s], null, alpha);
            }
        }
        if (!double.IsFinite(logEvidence))
            throw Overflow($"log p(O) = {NumberText.Short(logEvidence)}", 0, null, null, logEvidence);
    }

    private static DivergenceException Overflow(string where, int step, object? state, object? action, double value) =>
        new($"Exact inference overflowed at step {step}: {where}. The log messages sum rewards over the horizon, which must stay " +
            "within ±1.8e308; scale the rewards down, raise the temperature or shorten the horizon.", step, state, action, value);

    /// <summary>T·log(γ Σ p(s'|s, a) β_{t+1}(s') + 1 − γ), the part of Q_t(s, a) after the reward.</summary>
    private double Lookahead(int step, int s, int a) => BackwardMessages.Lookahead(_table, s, a, _v[step + 1], Discount, Temperature);

    private double KlAt(int step, int s, int a)
    {
        var next = _v[step + 1];
        var lookahead = Lookahead(step, s, a);
        var range = _table.RowRange(s, a);
        // The exit: p = 1 − γ, its posterior q = (1 − γ) exp(−lookahead / T), so log(q / p) = −lookahead / T.
        var kl = (1 - Discount) * Math.Exp(-lookahead / Temperature) * (-lookahead / Temperature);
        for (var k = range.Start.Value; k < range.End.Value; k++)
        {
            var logRatio = (next[_table.Successors[k]] - lookahead) / Temperature;
            kl += Discount * _table.Probability(k) * Math.Exp(logRatio) * logRatio;
        }
        return Math.Max(0, kl);
    }

    /// <summary>γ E[V_{t+1}(s')] + (1 − γ)·0: the variational backup of the next step's values.</summary>
    private double ExpectedNextValue(int step, int s, int a)
    {
        var range = _table.RowRange(s, a);
        var expected = 0.0;
        for (var k = range.Start.Value; k < range.End.Value; k++)
            expected += _table.Probability(k) * _v[step + 1][_table.Successors[k]];
        return Discount * expected;
    }

    private double ExpectedDynamicsKl()
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
                    var pi = _policy[t][s * actions + a];
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
