using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System;
using MdpDsl.Compilation;
using MdpDsl.Foundation;
using MdpDsl.Inference;

namespace MdpDsl;

public abstract partial class MdpModel<TState, TAction>
{
    /// <summary>
    /// Exact inference over <paramref name="horizon"/> steps in the graphical model with optimality variables
    /// p(O_t = 1 | s_t, a_t) ∝ exp(r(s_t, a_t)): backward messages, the posterior policy, forward messages and
    /// posterior state marginals, posterior dynamics and the evidence log p(O), all in log space.
    /// </summary>
    /// <param name="horizon">The number of steps T ≥ 1; defaults to the model's horizon.</param>
    /// <param name="actionPrior">The action prior p(a|s); uniform over the allowed actions when null.</param>
    /// <param name="initial">The distribution of s_0; the model's [Initial] when null.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is below 1.</exception>
    /// <exception cref="ArgumentException">No horizon or initial distribution is known, or the initial distribution is invalid.</exception>
    /// <exception cref="InvalidOperationException">The model is discounted: the inference model of the tutorial has no discount.</exception>
    public InferenceResult<TState, TAction> Inference(
        int? horizon = null,
        Policy<TState, TAction>? actionPrior = null,
        IEnumerable<(TState State, double Probability)>? initial = null,
        CancellationToken cancellationToken = default)
    {
        var steps = ResolveHorizon(horizon);
        if (Discount != 1)
            throw new InvalidOperationException(
                $"Exact inference is defined for undiscounted models (this one has discount {Discount}); declare [Mdp(Horizon = …)] without a discount.");
        var prior = (actionPrior is null ? UniformPolicy() : Own(actionPrior, nameof(actionPrior))).Probabilities;
        var logPrior = LogProbabilities(prior);
        var start = InitialByIndex(initial);
        var logInitial = LogProbabilities(start);

        var (logBetaState, logBetaAction, policy) = BackwardMessages.Compute(Table, prior, steps, cancellationToken);
        var logForward = ForwardMessages.Compute(Table, logPrior, logInitial, steps, cancellationToken);
        var logEvidence = Numerics.LogSumExp.Compute(logInitial.Select((a, s) => a + logBetaState[0][s]).ToArray());
        return new InferenceResult<TState, TAction>(Table, _compiled.States, _compiled.Actions, logBetaState, logBetaAction, policy, logForward, logEvidence);
    }

    /// <summary>
    /// The evidence lower bound E_q[Σ_t r(s_t, a_t) + log p(a_t|s_t) − log q_t(a_t|s_t)] of following
    /// <paramref name="policies"/>[t] at step t under the true dynamics, computed exactly by forward propagation.
    /// Without an action prior the log p term is left out: that is the objective soft value iteration maximizes.
    /// </summary>
    /// <param name="policies">One policy per step; their count is the horizon.</param>
    /// <param name="actionPrior">The action prior p(a|s) to include, or null to leave it out.</param>
    /// <param name="initial">The distribution of s_0; the model's [Initial] when null.</param>
    public double Elbo(
        IReadOnlyList<Policy<TState, TAction>> policies,
        Policy<TState, TAction>? actionPrior = null,
        IEnumerable<(TState State, double Probability)>? initial = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        if (policies.Count == 0)
            throw new ArgumentException("At least one step's policy is needed.", nameof(policies));
        var tables = policies.Select(p => Own(p, nameof(policies)).Probabilities).ToArray();
        return EvidenceLowerBound.Compute(Table, tables, actionPrior is null ? null : LogPrior(actionPrior), InitialByIndex(initial));
    }

    /// <summary>The evidence lower bound of a finite-horizon solution's time-indexed policies (see the other overload).</summary>
    public double Elbo(Solution<TState, TAction> solution, Policy<TState, TAction>? actionPrior = null, IEnumerable<(TState State, double Probability)>? initial = null)
    {
        ArgumentNullException.ThrowIfNull(solution);
        return Elbo(solution.Stages.Select(stage => stage.Policy).ToArray(), actionPrior, initial);
    }

    private int ResolveHorizon(int? horizon)
    {
        var steps = horizon ?? Horizon ?? throw new ArgumentException("Give a horizon: the model declares none.", nameof(horizon));
        if (steps < 1)
            throw new ArgumentOutOfRangeException(nameof(horizon), steps, "The horizon must be at least 1.");
        return steps;
    }

    private double[] LogPrior(Policy<TState, TAction>? prior) =>
        LogProbabilities((prior is null ? UniformPolicy() : Own(prior, nameof(prior))).Probabilities);


    /// <summary>The start distribution over state indices: <paramref name="initial"/> checked, or the model's own.</summary>
    private double[] InitialByIndex(IEnumerable<(TState State, double Probability)>? initial)
    {
        if (initial is null)
        {
            return _compiled.Initial.Any(p => p > 0)
                ? _compiled.Initial
                : throw new ArgumentException("The model declares no [Initial] state: pass an initial distribution.", nameof(initial));
        }

        var byIndex = new double[StateCount];
        foreach (var (state, probability) in initial)
        {
            if (!(probability >= 0) || double.IsInfinity(probability))
                throw new ArgumentException($"The initial distribution gives state {state} the probability {probability}.", nameof(initial));
            if (!_compiled.States.TryIndexOf(state, out var index))
                throw new ArgumentException($"The initial state {state} is not part of the model.", nameof(initial));
            byIndex[index] += probability;
        }
        var sum = byIndex.Sum();
        if (Math.Abs(sum - 1) > Tolerances.Probability)
            throw new ArgumentException($"The initial distribution sums to {sum}, not 1.", nameof(initial));
        return byIndex;
    }
}
