using System;
using System.Threading;

namespace MdpDsl;

/// <summary>
/// The exact solvers of a whole model: value iteration, soft value iteration and policy evaluation, as extension
/// methods of <see cref="MdpModel{TState, TAction}"/> (<c>model.ValueIteration()</c>).
/// </summary>
public static class SolverCatalog
{
    /// <summary>
    /// Value iteration: V(s) = max_a [r(s, a) + γ Σ p(s'|s, a) V(s')] and the greedy policy. An infinite horizon
    /// iterates from V = 0 until the largest change is below ε(1 − γ)/2γ, so that V is within ε/2 of optimal
    /// (for γ = 1, until it is below ε); a finite horizon runs backward induction and keeps every step.
    /// </summary>
    /// <param name="model">The model to solve.</param>
    /// <param name="tolerance">ε in the stopping rule.</param>
    /// <param name="maxIterations">The most sweeps before giving up with <see cref="Solution{TState, TAction}.Converged"/> false.</param>
    /// <param name="horizon">Solve for this many steps; defaults to the model's <see cref="MdpAttribute.Horizon"/>, if any.</param>
    /// <param name="progress">Receives the residual after each sweep.</param>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <exception cref="DivergenceException">The values stopped being finite.</exception>
    public static Solution<TState, TAction> ValueIteration<TState, TAction>(
        this MdpModel<TState, TAction> model,
        double tolerance = 1e-9,
        int maxIterations = 100_000,
        int? horizon = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct, Enum
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        return m.NewSolution(Solvers.ValueIteration.Solve(m.Table, m.Discount, horizon ?? m.Horizon, tolerance, maxIterations, m.DescribeState, progress, cancellationToken));
    }

    /// <summary>
    /// Soft value iteration, the maximum-entropy counterpart of <see cref="ValueIteration"/>:
    /// V(s) = T·log Σ_a exp(Q(s, a) / T) with Q(s, a) = r(s, a) + γ Σ p(s'|s, a) V(s'), and the Boltzmann policy
    /// π(a|s) = exp((Q(s, a) − V(s)) / T). Computed with a max-shifted log-sum-exp at every temperature, and π
    /// normalized from the shifted exponentials, so that each row sums to 1 to rounding even where tied actions
    /// meet a tiny temperature.
    /// </summary>
    /// <param name="model">The model to solve.</param>
    /// <param name="temperature">T &gt; 0 with 1/T finite (T ≥ about 5.6e-309); as T → 0 the solution tends to value iteration's.</param>
    /// <param name="tolerance">ε in the stopping rule ε(1 − γ)/2γ.</param>
    /// <param name="maxIterations">The most sweeps before giving up.</param>
    /// <param name="horizon">Solve for this many steps; defaults to the model's horizon, if any.</param>
    /// <param name="actionPrior">
    /// An action prior p(a|s) of this model: V(s) = T·log Σ_a p(a|s) exp(Q(s, a) / T) and π(a|s) = p(a|s) exp((Q − V) / T).
    /// With the uniform prior, a finite horizon and T = 1 the values are on exact inference's footing. None by default.
    /// </param>
    /// <param name="progress">Receives the residual after each sweep.</param>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <exception cref="ArgumentOutOfRangeException">The temperature is not positive and finite, or so small that 1/T overflows.</exception>
    /// <exception cref="ArgumentException">The action prior belongs to another model.</exception>
    /// <exception cref="DivergenceException">The values stopped being finite.</exception>
    public static Solution<TState, TAction> SoftValueIteration<TState, TAction>(
        this MdpModel<TState, TAction> model,
        double temperature = 1.0,
        double tolerance = 1e-9,
        int maxIterations = 100_000,
        int? horizon = null,
        Policy<TState, TAction>? actionPrior = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct, Enum
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        var prior = actionPrior is null ? null : m.Own(actionPrior, nameof(actionPrior)).Probabilities;
        return m.NewSolution(Solvers.SoftValueIteration.Solve(
            m.Table, m.Discount, temperature, prior, horizon ?? m.Horizon, tolerance, maxIterations, m.DescribeState, progress, cancellationToken));
    }

    /// <summary>
    /// The exact value of following <paramref name="policy"/>: V = r_π + γ P_π V, with Q^π and the policy itself.
    /// Small models are solved directly; see the remarks of the runtime documentation for larger ones.
    /// </summary>
    /// <param name="model">The model the policy acts in.</param>
    /// <param name="policy">A policy of this model.</param>
    /// <param name="horizon">Evaluate this many steps; defaults to the model's horizon, if any.</param>
    /// <param name="progress">Receives progress of the iterative path.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <exception cref="ArgumentException">The policy belongs to another model, or (γ = 1) never reaches a terminal state from some state.</exception>
    public static Solution<TState, TAction> PolicyEvaluation<TState, TAction>(
        this MdpModel<TState, TAction> model,
        Policy<TState, TAction> policy,
        int? horizon = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct, Enum
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        var probabilities = m.Own(policy, nameof(policy)).Probabilities;
        return m.NewSolution(Solvers.PolicyEvaluation.Solve(m.Table, m.Discount, horizon ?? m.Horizon, probabilities, m.DescribeState, progress, cancellationToken));
    }

    /// <summary>The exact value of the deterministic policy <paramref name="policy"/>.</summary>
    /// <param name="model">The model the policy acts in.</param>
    /// <param name="policy">The action to take in each non-terminal state.</param>
    /// <param name="horizon">Evaluate this many steps; defaults to the model's horizon, if any.</param>
    /// <param name="progress">Receives progress of the iterative path.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    public static Solution<TState, TAction> PolicyEvaluation<TState, TAction>(
        this MdpModel<TState, TAction> model,
        Func<TState, TAction> policy,
        int? horizon = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.PolicyEvaluation(model.CreatePolicy(policy), horizon, progress, cancellationToken);
    }

    /// <summary>The exact value of the stochastic policy π(a|s) = <paramref name="policy"/>(s, a).</summary>
    /// <param name="model">The model the policy acts in.</param>
    /// <param name="policy">π(a|s) for every non-terminal state and action.</param>
    /// <param name="horizon">Evaluate this many steps; defaults to the model's horizon, if any.</param>
    /// <param name="progress">Receives progress of the iterative path.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    public static Solution<TState, TAction> PolicyEvaluation<TState, TAction>(
        this MdpModel<TState, TAction> model,
        Func<TState, TAction, double> policy,
        int? horizon = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.PolicyEvaluation(model.CreatePolicy(policy), horizon, progress, cancellationToken);
    }
}
