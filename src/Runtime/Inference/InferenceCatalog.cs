using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using MdpDsl.Foundation;
using MdpDsl.Inference;
using MdpDsl.Numerics;

namespace MdpDsl;

/// <summary>
/// Control as inference on a model: exact inference with optimality variables over a finite horizon and as the
/// infinite-horizon fixed point, and the evidence lower bound, as extension methods of
/// <see cref="MdpModel{TState, TAction}"/> (<c>model.Inference(horizon)</c>, <c>model.StationaryInference()</c>).
/// </summary>
public static class InferenceCatalog
{
    /// <summary>
    /// Exact inference over <paramref name="horizon"/> steps in the graphical model with optimality variables
    /// p(O_t = 1 | s_t, a_t) = exp(r(s_t, a_t) / T): backward messages, the posterior policy, forward messages and
    /// posterior state marginals, posterior dynamics, the evidence log p(O) and the trajectory posterior, all in log space.
    /// A discounted model is read as the standard construction: after every action the episode leaves, with probability
    /// 1 − γ, to an absorbing state of reward 0, so that Q_t(s, a) = r(s, a) + T·log(γ Σ p(s'|s, a) exp(V_{t+1}(s') / T) + 1 − γ).
    /// </summary>
    /// <param name="model">The model to infer in.</param>
    /// <param name="horizon">The number of steps H ≥ 1; defaults to the model's horizon.</param>
    /// <param name="actionPrior">The action prior p(a|s), a policy of this model; uniform over the allowed actions when null.</param>
    /// <param name="initial">The distribution of s_0; the model's [Initial] when null.</param>
    /// <param name="temperature">T &gt; 0 of the likelihood exp(r / T); 1 is the tutorial's.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is below 1, or the temperature is not positive and finite.</exception>
    /// <exception cref="ArgumentException">No horizon or initial distribution is known, the initial distribution is invalid, or the action prior belongs to another model.</exception>
    /// <exception cref="DivergenceException">A message left the range of a double.</exception>
    public static InferenceResult<TState, TAction> Inference<TState, TAction>(
        this MdpModel<TState, TAction> model,
        int? horizon = null,
        Policy<TState, TAction>? actionPrior = null,
        IEnumerable<(TState State, double Probability)>? initial = null,
        double temperature = 1.0,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        var steps = ResolveHorizon(m, horizon);
        SolverArguments.CheckTemperature(temperature);
        var prior = Prior(model, actionPrior, nameof(actionPrior));
        var logPrior = Logarithms(prior);
        var logInitial = Logarithms(InitialByIndex(m, initial));

        var (v, q, policy) = BackwardMessages.Compute(m.Table, prior, m.Discount, temperature, steps, cancellationToken);
        var logForward = ForwardMessages.Compute(m.Table, logPrior, logInitial, m.Discount, temperature, steps, cancellationToken);
        var logEvidence = LogSumExp.Compute(logInitial.Select((a, s) => a + v[0][s] / temperature).ToArray());
        return new InferenceResult<TState, TAction>(m.Table, m.States, m.Actions, m.Discount, temperature, logPrior, v, q, policy, logForward, logEvidence);
    }

    /// <summary>
    /// Exact inference over an infinite horizon: the stationary backward messages, the fixed point of
    /// Q(s, a) = r(s, a) + T·log(γ Σ p(s'|s, a) exp(V(s') / T) + 1 − γ), V(s) = T·log Σ_a p(a|s) exp(Q(s, a) / T), and the
    /// posterior policy π(a|s) = p(a|s) exp((Q − V) / T), with the discount read as in
    /// <see cref="Inference{TState, TAction}"/>. In reward units, so that at the same temperature and prior the result
    /// compares with <see cref="SolverCatalog.SoftValueIteration{TState, TAction}"/> directly: Q here exceeds soft value
    /// iteration's wherever the dynamics or the discount's exit are stochastic (the optimism of exact inference), and
    /// equals it under deterministic dynamics without discount.
    /// </summary>
    /// <remarks>
    /// Iterates from V = 0 until the largest change is below ε(1 − κ)/2κ, κ being the contraction modulus of the backup
    /// at the current values: the largest posterior probability of going on, at least γ (exactly γ when no reward is
    /// positive). V is then within about ε/2 of the fixed point: where the values still rise, the fixed point's κ is a
    /// little larger than the current one. <see cref="Solution{TState, TAction}.ErrorBound"/> is proven: the first c from
    /// κ/(1 − κ) times the last change up for which one backup from V + c falls and one from V − c rises, so that the
    /// monotone backup's fixed point lies between them (null for κ = 1). Values that grow without bound are detected as
    /// in soft value iteration and reported. log p(O) = log Σ_s p(s_0 = s) exp(V(s) / T).
    /// </remarks>
    /// <param name="model">The model to infer in.</param>
    /// <param name="actionPrior">The action prior p(a|s), a policy of this model; uniform over the allowed actions when null.</param>
    /// <param name="temperature">T &gt; 0 of the likelihood exp(r / T).</param>
    /// <param name="tolerance">ε in the stopping rule.</param>
    /// <param name="maxIterations">The most sweeps before giving up with <see cref="Solution{TState, TAction}.Converged"/> false.</param>
    /// <param name="progress">Receives the largest change after each sweep.</param>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <exception cref="ArgumentOutOfRangeException">The temperature or the tolerance is not positive and finite, or <paramref name="maxIterations"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The action prior belongs to another model.</exception>
    /// <exception cref="DivergenceException">The messages grow without bound or stop being finite, naming the state.</exception>
    public static Solution<TState, TAction> StationaryInference<TState, TAction>(
        this MdpModel<TState, TAction> model,
        Policy<TState, TAction>? actionPrior = null,
        double temperature = 1.0,
        double tolerance = 1e-9,
        int maxIterations = 100_000,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        SolverArguments.CheckTemperature(temperature);
        var prior = Prior(model, actionPrior, nameof(actionPrior));
        return m.NewSolution(StationaryMessages.Solve(
            m.Table, prior, m.Discount, temperature, tolerance, maxIterations, m.DescribeState, progress, cancellationToken));
    }

    /// <summary>
    /// The evidence lower bound E_q[Σ_t γ^t (r(s_t, a_t) + T·log p(a_t|s_t) − T·log q_t(a_t|s_t))] of following
    /// <paramref name="policies"/>[t] at step t under the true dynamics, with the model's discount γ, computed exactly
    /// by forward propagation. Without an action prior the log p term is left out: that is the objective soft value
    /// iteration at temperature T maximizes, so the ELBO of its policies is its value at the start.
    /// </summary>
    /// <param name="model">The model the policies act in.</param>
    /// <param name="policies">One policy of this model per step; their count is the horizon.</param>
    /// <param name="actionPrior">The action prior p(a|s) to include, or null to leave it out.</param>
    /// <param name="initial">The distribution of s_0; the model's [Initial] when null.</param>
    /// <param name="temperature">T &gt; 0, the weight of the entropy and prior terms; 1 is the ELBO of the tutorial.</param>
    /// <exception cref="ArgumentException">No policy is given, a policy or the prior belongs to another model, or the initial distribution is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The temperature is not positive and finite.</exception>
    public static double Elbo<TState, TAction>(
        this MdpModel<TState, TAction> model,
        IReadOnlyList<Policy<TState, TAction>> policies,
        Policy<TState, TAction>? actionPrior = null,
        IEnumerable<(TState State, double Probability)>? initial = null,
        double temperature = 1.0)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        ArgumentNullException.ThrowIfNull(policies);
        if (policies.Count == 0)
            throw new ArgumentException("At least one step's policy is needed.", nameof(policies));
        var tables = policies.Select(p => m.Own(p, nameof(policies)).Probabilities).ToArray();
        var logPrior = actionPrior is null ? null : Logarithms(Prior(model, actionPrior, nameof(actionPrior)));
        return EvidenceLowerBound.Finite(m.Table, m.Discount, temperature, tables, logPrior, InitialByIndex(m, initial));
    }

    /// <summary>
    /// The evidence lower bound of a solution's policy (see the other overload): of its time-indexed policies for a
    /// finite horizon, and of its stationary policy over an infinite horizon, E_q[Σ_{t ≥ 0} γ^t (…)], found by exact
    /// policy evaluation. For the solution of <c>SoftValueIteration(T)</c> and the same T it is V at the start.
    /// </summary>
    /// <param name="model">The model the solution belongs to.</param>
    /// <param name="solution">A solution of this model.</param>
    /// <param name="actionPrior">The action prior p(a|s) to include, or null to leave it out.</param>
    /// <param name="initial">The distribution of s_0; the model's [Initial] when null.</param>
    /// <param name="temperature">T &gt; 0, the weight of the entropy and prior terms; 1 is the ELBO of the tutorial.</param>
    /// <exception cref="ArgumentException">
    /// The solution or the prior belongs to another model, the initial distribution is invalid, or an infinite-horizon,
    /// undiscounted policy never reaches a terminal state from some state, so that its ELBO does not exist.
    /// </exception>
    public static double Elbo<TState, TAction>(
        this MdpModel<TState, TAction> model,
        Solution<TState, TAction> solution,
        Policy<TState, TAction>? actionPrior = null,
        IEnumerable<(TState State, double Probability)>? initial = null,
        double temperature = 1.0)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        m.Own(solution, nameof(solution));
        if (solution.Horizon is not null)
            return model.Elbo(solution.Stages.Select(stage => stage.Policy).ToArray(), actionPrior, initial, temperature);
        var logPrior = actionPrior is null ? null : Logarithms(Prior(model, actionPrior, nameof(actionPrior)));
        return EvidenceLowerBound.Stationary(
            m.Table, m.Discount, temperature, m.Own(solution.Policy, nameof(solution)).Probabilities, logPrior,
            InitialByIndex(m, initial), m.DescribeState, m.DescribeAction, CancellationToken.None);
    }

    private static int ResolveHorizon<TState, TAction>(ModelAdapter<TState, TAction> m, int? horizon)
        where TState : notnull
        where TAction : struct
    {
        var steps = horizon ?? m.Horizon ?? throw new ArgumentException(
            "The model declares no horizon: pass the number of steps, Inference(horizon: …), or use StationaryInference() for the " +
            "infinite-horizon fixed point.", nameof(horizon));
        if (steps < 1)
            throw new ArgumentOutOfRangeException(nameof(horizon), steps, "The horizon must be at least 1.");
        return steps;
    }

    /// <summary>p(a|s) from <paramref name="prior"/>, checked to be the model's own, or uniform over the allowed actions.</summary>
    private static double[] Prior<TState, TAction>(MdpModel<TState, TAction> model, Policy<TState, TAction>? prior, string parameter)
        where TState : notnull
        where TAction : struct =>
        (prior is null ? model.UniformPolicy() : model.Adapter.Own(prior, parameter)).Probabilities;

    private static double[] Logarithms(double[] probabilities) => probabilities.Select(p => Math.Log(p)).ToArray();

    /// <summary>The start distribution over state indices: <paramref name="initial"/> checked, or the model's own.</summary>
    private static double[] InitialByIndex<TState, TAction>(ModelAdapter<TState, TAction> m, IEnumerable<(TState State, double Probability)>? initial)
        where TState : notnull
        where TAction : struct
    {
        if (initial is null)
        {
            return m.Initial.Any(p => p > 0)
                ? m.Initial
                : throw new ArgumentException("The model declares no [Initial] state: pass an initial distribution.", nameof(initial));
        }

        var byIndex = new double[m.Table.StateCount];
        foreach (var (state, probability) in initial)
        {
            if (!(probability >= 0) || double.IsInfinity(probability))
                throw new ArgumentException($"The initial distribution gives state {state} the probability {NumberText.Short(probability)}.", nameof(initial));
            if (!m.States.TryIndexOf(state, out var index))
                throw new ArgumentException($"The initial state {state} is not part of the model.", nameof(initial));
            byIndex[index] += probability;
        }
        var sum = byIndex.Sum();
        if (Math.Abs(sum - 1) > Tolerances.Probability)
            throw new ArgumentException($"The initial distribution sums to {NumberText.Short(sum)}, not 1.", nameof(initial));
        return byIndex;
    }
}
