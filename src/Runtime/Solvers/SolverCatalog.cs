using System;
using System.Threading;

namespace MdpDsl;

/// <summary>
/// The exact solvers of a whole model: value iteration (Jacobi, Gauss–Seidel, interval), policy iteration, modified
/// policy iteration, soft value iteration, soft policy iteration, hard and soft policy evaluation, and <see cref="Solve"/>,
/// which picks one of the hard solvers for the model's shape, as extension methods of <see cref="MdpModel{TState, TAction}"/> (<c>model.ValueIteration()</c>).
/// </summary>
public static class SolverCatalog
{
    /// <summary>
    /// Value iteration: V(s) = max_a [r(s, a) + γ Σ p(s'|s, a) V(s')] and the greedy policy. An infinite horizon
    /// sweeps from V = 0; with γ &lt; 1 a sweep v → T v bounds V* between T v + γ/(1 − γ)·min d and T v + γ/(1 − γ)·max d,
    /// d = T v − v (MacQueen's and Porteus's bounds), and the sweeps stop once half the spread of d is below
    /// ε(1 − γ)/2γ, with V the middle of the bounds, within ε/2 of optimal. That is never later than the classical rule
    /// (the largest change below ε(1 − γ)/2γ), and far sooner on models that mix fast. With γ = 1 the sweeps stop when
    /// the largest change is below ε. A finite horizon runs backward induction and keeps every step.
    /// </summary>
    /// <remarks>
    /// With γ = 1 <see cref="Solution{TState, TAction}.ErrorBound"/> is null: without a contraction a sweep that changes
    /// no value by more than ε proves nothing (a chain that ends slowly moves by less than ε per sweep while still far from
    /// its limit). <see cref="IntervalValueIteration"/> gives a proven bound there, and <see cref="PolicyIteration"/> an
    /// exactly evaluated optimal policy.
    /// </remarks>
    /// <param name="model">The model to solve.</param>
    /// <param name="tolerance">ε in the stopping rule.</param>
    /// <param name="maxIterations">The most sweeps before giving up with <see cref="Solution{TState, TAction}.Converged"/> false.</param>
    /// <param name="horizon">Solve for this many steps; defaults to the model's <see cref="MdpAttribute.Horizon"/>, if any.</param>
    /// <param name="progress">Receives the residual after each sweep: half the spread of the changes (γ &lt; 1), the largest change (γ = 1).</param>
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
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        return m.NewSolution(Solvers.ValueIteration.Solve(m.Table, m.Discount, horizon ?? m.Horizon, tolerance, maxIterations, m.DescribeState, progress, cancellationToken));
    }

    /// <summary>
    /// Soft value iteration, the maximum-entropy counterpart of <see cref="ValueIteration"/>:
    /// V(s) = T·log Σ_a exp(Q(s, a) / T) with Q(s, a) = r(s, a) + γ Σ p(s'|s, a) V(s'), and the Boltzmann policy
    /// π(a|s) = exp((Q(s, a) − V(s)) / T). Computed with a max-shifted log-sum-exp at every temperature, and π
    /// normalized from the shifted exponentials, so that each row sums to 1 to rounding even where tied actions
    /// meet a tiny temperature. It stops by <see cref="ValueIteration"/>'s rule, the soft backup being monotone with
    /// T(v + c) = T v + γc too, so that V is within ε/2 of the soft optimum.
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
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        var prior = actionPrior is null ? null : m.Own(actionPrior, nameof(actionPrior)).Probabilities;
        return m.NewSolution(Solvers.SoftValueIteration.Solve(
            m.Table, m.Discount, temperature, prior, horizon ?? m.Horizon, tolerance, maxIterations, m.DescribeState, progress, cancellationToken));
    }

    /// <summary>
    /// Solves the model with the hard solver that suits its shape, as <see cref="ChooseSolver"/> names it: backward
    /// induction for a finite horizon; value iteration when γ &lt; 0.99; for γ ≥ 0.99, policy iteration up to 200
    /// non-terminal states, modified policy iteration up to 10,000 (discounted), and value iteration beyond. The rule and
    /// the timings behind it are in docs/algorithms.md, "Choosing a solver". The result is that method's, with its
    /// guarantee: for γ &lt; 1, V within ε/2 of V* and <see cref="Solution{TState, TAction}.ErrorBound"/> set; for γ = 1,
    /// up to 200 non-terminal states an exactly evaluated optimal policy, beyond that no bound (call
    /// <see cref="IntervalValueIteration"/> for one).
    /// </summary>
    /// <param name="model">The model to solve.</param>
    /// <param name="tolerance">ε: the chosen method's tolerance.</param>
    /// <param name="horizon">Solve for this many steps; defaults to the model's horizon, if any.</param>
    /// <param name="progress">Receives the chosen method's progress.</param>
    /// <param name="cancellationToken">Stops the solver.</param>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not positive and finite.</exception>
    /// <exception cref="DivergenceException">The values stopped being finite, or without discounting grow without bound.</exception>
    /// <exception cref="InvalidOperationException">With γ = 1 and policy iteration chosen, some state reaches no terminal state under any policy.</exception>
    public static Solution<TState, TAction> Solve<TState, TAction>(
        this MdpModel<TState, TAction> model,
        double tolerance = 1e-9,
        int? horizon = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct => model.ChooseSolver(horizon) switch
    {
        SolverMethod.PolicyIteration => model.PolicyIteration(tolerance, progress: progress, cancellationToken: cancellationToken),
        SolverMethod.ModifiedPolicyIteration => model.ModifiedPolicyIteration(tolerance: tolerance, progress: progress, cancellationToken: cancellationToken),
        // Backward induction is value iteration over a finite horizon.
        _ => model.ValueIteration(tolerance, horizon: horizon, progress: progress, cancellationToken: cancellationToken),
    };

    /// <summary>The method <see cref="Solve"/> runs on this model, decided from its horizon, discount and number of non-terminal states.</summary>
    /// <param name="model">The model to solve.</param>
    /// <param name="horizon">A horizon to solve for; defaults to the model's horizon, if any.</param>
    public static SolverMethod ChooseSolver<TState, TAction>(this MdpModel<TState, TAction> model, int? horizon = null)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        return Solvers.SolverChoice.Choose(m.Table, m.Discount, horizon ?? m.Horizon);
    }

    /// <summary>
    /// Soft policy iteration, the exact form of soft actor-critic's two steps (Haarnoja et al. 2018, §4.1): evaluate the
    /// current policy's soft values exactly (<see cref="SoftPolicyEvaluation"/>), then improve it to the Boltzmann policy
    /// π(a|s) = p(a|s) exp((Q^π(s, a) − V(s)) / T) of those values, starting from the prior (uniform without one). It reaches
    /// the fixed point of <see cref="SoftValueIteration"/>, usually in a handful of evaluations, since each is a Newton step
    /// on the soft Bellman equation. It stops when one soft backup changes V^π by at most ε(1 − γ)/2γ: the soft Bellman
    /// operator is a γ-contraction, so V^π is within that change/(1 − γ) of the soft optimum, and the result, one backup
    /// further (V, Q and the Boltzmann policy, as soft value iteration returns them), is within ε/2;
    /// <see cref="Solution{TState, TAction}.ErrorBound"/> is γ/(1 − γ) times the change. The change is not driven below
    /// 1e-11 of the largest value, the rounding of an exact evaluation.
    /// </summary>
    /// <remarks>
    /// Each evaluation solves a linear system: elimination up to 1,500 non-terminal states, iteration to 1e-12 beyond, so
    /// the method pays off where soft value iteration needs many sweeps (γ near 1) on models of moderate size. With
    /// γ = 1 every policy it evaluates takes every action the prior allows, so it ends the episode wherever any policy
    /// can; the change then bounds nothing and <see cref="Solution{TState, TAction}.ErrorBound"/> is null. Where the entropy
    /// bonus outweighs the step cost the soft values are unbounded, and once an evaluated value exceeds what 10⁸ steps of
    /// at most max r + T·ln|A| each can earn (max r with a prior) a <see cref="DivergenceException"/> names the state.
    /// A finite horizon is solved exactly by soft backward induction.
    /// </remarks>
    /// <param name="model">The model to solve.</param>
    /// <param name="temperature">T &gt; 0 with 1/T finite.</param>
    /// <param name="tolerance">ε: the solution's values are within ε/2 of the soft optimum (γ &lt; 1).</param>
    /// <param name="maxIterations">The most evaluations before giving up with <see cref="Solution{TState, TAction}.Converged"/> false.</param>
    /// <param name="horizon">Solve for this many steps; defaults to the model's horizon, if any.</param>
    /// <param name="actionPrior">An action prior p(a|s) of this model, as in <see cref="SoftValueIteration"/>; none (p ≡ 1) by default.</param>
    /// <param name="progress">Receives the change ‖T V^π − V^π‖ after each evaluation.</param>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <exception cref="ArgumentOutOfRangeException">The temperature or tolerance is not positive and finite, or <paramref name="maxIterations"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The action prior belongs to another model.</exception>
    /// <exception cref="InvalidOperationException">With γ = 1, some state reaches no terminal state under any action (the prior allows).</exception>
    /// <exception cref="DivergenceException">
    /// With γ = 1, the soft values are unbounded, or Boltzmann weights underflowed to 0 so that an improved policy never ends the episode.
    /// </exception>
    public static Solution<TState, TAction> SoftPolicyIteration<TState, TAction>(
        this MdpModel<TState, TAction> model,
        double temperature = 1.0,
        double tolerance = 1e-9,
        int maxIterations = 1_000,
        int? horizon = null,
        Policy<TState, TAction>? actionPrior = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        var prior = actionPrior is null ? null : m.Own(actionPrior, nameof(actionPrior)).Probabilities;
        return m.NewSolution(Solvers.SoftPolicyIteration.Solve(
            m.Table, m.Discount, temperature, prior, horizon ?? m.Horizon, tolerance, maxIterations, m.DescribeState, m.DescribeAction, progress, cancellationToken));
    }

    /// <summary>
    /// The exact soft value of following <paramref name="policy"/> at temperature T: V(s) = Σ_a π(a|s) [Q(s, a) − T·log(π(a|s) / p(a|s))]
    /// with Q(s, a) = r(s, a) + γ Σ p(s'|s, a) V(s'), and V = 0 in terminal states (no entropy after the end). This is the
    /// value soft actor-critic's critic converges to for a fixed actor. It is the ordinary evaluation of π with the
    /// entropy-augmented reward r(s, a) − T·log(π(a|s) / p(a|s)), solved the same way as
    /// <see cref="PolicyEvaluation{TState, TAction}(MdpModel{TState, TAction}, Policy{TState, TAction}, int?, IProgress{SolverProgress}?, CancellationToken)"/>
    /// (elimination up to 1,500 non-terminal states, iteration to 1e-12 beyond, backward induction for a finite horizon);
    /// the returned Q is the soft one above, from the model's own rewards, and the policy is π. For the Boltzmann policy of
    /// <see cref="SoftValueIteration"/> at the same temperature and prior it gives back soft value iteration's values.
    /// </summary>
    /// <param name="model">The model the policy acts in.</param>
    /// <param name="policy">A policy of this model.</param>
    /// <param name="temperature">T &gt; 0 with 1/T finite.</param>
    /// <param name="horizon">Evaluate this many steps; defaults to the model's horizon, if any.</param>
    /// <param name="actionPrior">
    /// An action prior p(a|s) of this model, as in <see cref="SoftValueIteration"/>; none (p ≡ 1, so that the bonus is T
    /// times the policy's entropy) by default. It must give mass to every action the policy takes.
    /// </param>
    /// <param name="progress">Receives progress of the iterative path.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <exception cref="ArgumentOutOfRangeException">The temperature is not positive and finite, or so small that 1/T overflows.</exception>
    /// <exception cref="ArgumentException">
    /// The policy or prior belongs to another model; the policy takes an action the prior gives no mass (naming state,
    /// action and probability); or (γ = 1) the policy never reaches a terminal state from some state (naming it).
    /// </exception>
    public static Solution<TState, TAction> SoftPolicyEvaluation<TState, TAction>(
        this MdpModel<TState, TAction> model,
        Policy<TState, TAction> policy,
        double temperature = 1.0,
        int? horizon = null,
        Policy<TState, TAction>? actionPrior = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        var probabilities = m.Own(policy, nameof(policy)).Probabilities;
        var prior = actionPrior is null ? null : m.Own(actionPrior, nameof(actionPrior)).Probabilities;
        return m.NewSolution(Solvers.SoftPolicyEvaluation.Solve(
            m.Table, m.Discount, horizon ?? m.Horizon, probabilities, temperature, prior, m.DescribeState, m.DescribeAction, progress, cancellationToken));
    }

    /// <summary>
    /// Policy iteration: evaluates the current deterministic policy exactly (<see cref="PolicyEvaluation{TState, TAction}(MdpModel{TState, TAction}, Policy{TState, TAction}, int?, IProgress{SolverProgress}?, CancellationToken)"/>:
    /// elimination up to 1,500 non-terminal states, iteration to 1e-12 beyond), then switches each state to the greedy
    /// action of Q^π, but only where it beats the current action by more than ε(1 − γ)/2 (and by more than 1e-12 of the
    /// largest value, the rounding of the evaluation), so that near-ties never cycle. It stops when no state switches:
    /// then ‖T V^π − V^π‖ is at most that margin, so V^π is within margin/(1 − γ) of V*, which is ε/2 unless ε(1 − γ)/2
    /// is below the rounding; <see cref="Solution{TState, TAction}.ErrorBound"/> gives the bound ‖T V^π − V^π‖/(1 − γ) itself. V, Q and the policy are those of the final policy, exactly.
    /// </summary>
    /// <remarks>
    /// The first policy, unless one is given, is the best immediate reward when γ &lt; 1. With γ = 1 every evaluated
    /// policy must end the episode from every state: the first is built backwards from the terminal states (each state
    /// takes an action with a successor one step closer to the end), and an improvement that leads to a policy that
    /// never ends is refused with <see cref="DivergenceException"/> naming the state. For γ = 1 the margin is the
    /// rounding one alone, so a converged result is the optimal policy; <see cref="Solution{TState, TAction}.ErrorBound"/>
    /// is null. A finite horizon is solved exactly by backward induction.
    /// </remarks>
    /// <param name="model">The model to solve.</param>
    /// <param name="tolerance">ε: the solution's values are within ε/2 of optimal.</param>
    /// <param name="maxIterations">The most evaluations before giving up with <see cref="Solution{TState, TAction}.Converged"/> false.</param>
    /// <param name="initialPolicy">A policy of this model to start from (its most probable action in each state); null to let the solver choose.</param>
    /// <param name="progress">Receives the Bellman residual ‖T V^π − V^π‖ after each evaluation.</param>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not positive and finite, or <paramref name="maxIterations"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The initial policy belongs to another model, or (γ = 1) never ends the episode from some state.</exception>
    /// <exception cref="InvalidOperationException">With γ = 1, some state reaches no terminal state under any policy.</exception>
    /// <exception cref="DivergenceException">With γ = 1, an improvement leads to a policy that never ends the episode.</exception>
    public static Solution<TState, TAction> PolicyIteration<TState, TAction>(
        this MdpModel<TState, TAction> model,
        double tolerance = 1e-9,
        int maxIterations = 1_000,
        Policy<TState, TAction>? initialPolicy = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        var initial = initialPolicy is null ? null : m.Own(initialPolicy, nameof(initialPolicy)).Probabilities;
        return m.NewSolution(Solvers.PolicyIteration.Solve(m.Table, m.Discount, m.Horizon, initial, tolerance, maxIterations, m.DescribeState, progress, cancellationToken));
    }

    /// <summary>
    /// Modified policy iteration (Puterman 1994, §6.5): a greedy improvement on the current values, then
    /// <paramref name="evaluationSweeps"/> sweeps of that policy alone, each reading one action's successors per
    /// state instead of every action's. From v₀ = min(0, min r)/(1 − γ) the values rise monotonically to V*. It stops by
    /// <see cref="ValueIteration"/>'s rule on the improvement step, which computes T v: once half the spread of T v − v
    /// is below ε(1 − γ)/2γ, V is the middle of the bounds that spread gives, within ε/2 of V*, and the greedy policy is
    /// ε-optimal; <see cref="Solution{TState, TAction}.ErrorBound"/> is γ/(1 − γ) times that half spread.
    /// With γ = 1 it starts from 0 and stops when the improvement step changes no value by more than ε, which, as for
    /// value iteration, bounds nothing (use <see cref="IntervalValueIteration"/> for a bound). A finite horizon is
    /// solved exactly by backward induction.
    /// </summary>
    /// <param name="model">The model to solve.</param>
    /// <param name="evaluationSweeps">
    /// m ≥ 1, the policy sweeps between improvements. Each costs about 1/|A| of a full sweep, so the default 10 buys ten
    /// steps of evaluation for a few sweeps' cost; m = 1 is close to value iteration, large m to policy iteration.
    /// </param>
    /// <param name="tolerance">ε in the stopping rule.</param>
    /// <param name="maxIterations">The most improvements before giving up.</param>
    /// <param name="progress">Receives half the spread of T v − v (γ &lt; 1) or ‖T v − v‖ (γ = 1) after each improvement.</param>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="evaluationSweeps"/> or <paramref name="maxIterations"/> is below 1, or the tolerance is not positive and finite.</exception>
    /// <exception cref="DivergenceException">The values stopped being finite.</exception>
    public static Solution<TState, TAction> ModifiedPolicyIteration<TState, TAction>(
        this MdpModel<TState, TAction> model,
        int evaluationSweeps = 10,
        double tolerance = 1e-9,
        int maxIterations = 100_000,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        return m.NewSolution(Solvers.ModifiedPolicyIteration.Solve(m.Table, m.Discount, m.Horizon, evaluationSweeps, tolerance, maxIterations, m.DescribeState, progress, cancellationToken));
    }

    /// <summary>
    /// Gauss–Seidel value iteration: value iteration's backup applied in place, state by state in index order, so that
    /// each state already sees the new values of the states before it. Index order is the generated mixed-radix order,
    /// in which a grid-like model's neighbours sit at small fixed offsets: values travel across the grid within a sweep,
    /// and no reordering is paid for. The Gauss–Seidel sweep is a γ-contraction like the Jacobi one, so the classical
    /// rule applies: stopping when no value changes by more than ε(1 − γ)/2γ leaves V within ε/2 of V*, and
    /// <see cref="Solution{TState, TAction}.ErrorBound"/> is γ/(1 − γ) times the last change. With γ = 1 it stops when
    /// no value changes by more than ε, which bounds nothing (use <see cref="IntervalValueIteration"/>). Sequential:
    /// sweeping in parallel would make each value depend on which neighbours another thread had already written.
    /// It does not get <see cref="ValueIteration"/>'s spread rule (a sweep in place is not T(v + c) = T v + γc), so on
    /// a model that mixes fast value iteration stops far sooner. A finite horizon is solved exactly by backward induction.
    /// </summary>
    /// <param name="model">The model to solve.</param>
    /// <param name="tolerance">ε in the stopping rule.</param>
    /// <param name="maxIterations">The most sweeps before giving up.</param>
    /// <param name="progress">Receives the largest change after each sweep.</param>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not positive and finite, or <paramref name="maxIterations"/> is below 1.</exception>
    /// <exception cref="DivergenceException">The values stopped being finite.</exception>
    public static Solution<TState, TAction> GaussSeidelValueIteration<TState, TAction>(
        this MdpModel<TState, TAction> model,
        double tolerance = 1e-9,
        int maxIterations = 100_000,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        return m.NewSolution(Solvers.GaussSeidelValueIteration.Solve(m.Table, m.Discount, m.Horizon, tolerance, maxIterations, m.DescribeState, progress, cancellationToken));
    }

    /// <summary>
    /// Interval (sound) value iteration, as Storm does it: value iteration from a lower bound L ≤ V* and an upper bound
    /// U ≥ V* at once. The backup is monotone and V* is its fixed point, so after every sweep L ≤ V* ≤ U still holds, and
    /// it stops when max_s (U − L) ≤ ε. V is one backup of the midpoint, and <see cref="Solution{TState, TAction}.ErrorBound"/>
    /// is its largest distance to the bounds after that backup (at most ε): a proven bound, also for γ = 1, where a small
    /// change per sweep proves nothing.
    /// </summary>
    /// <remarks>
    /// With γ &lt; 1 the bounds start at min(0, min r)/(1 − γ) and max(0, max r)/(1 − γ). With γ = 1 (a stochastic
    /// shortest path) the rewards must be costs, r ≤ 0, so that 0 is an upper bound, and the lower bound is
    /// r_min·k/(1 − ρ) for a policy that ends the episode from every state: ρ is its largest probability of not having
    /// ended after k steps, r_min its worst reward, so k/(1 − ρ) bounds its expected length. The bounds meet when every loop that avoids the terminal states costs something; a loop of
    /// zero cost keeps them apart, and the result is not converged, with the gap as its still valid bound.
    /// <see cref="Solution{TState, TAction}.Residual"/> is the final gap max_s (U − L). A finite horizon is solved
    /// exactly by backward induction.
    /// </remarks>
    /// <param name="model">The model to solve.</param>
    /// <param name="tolerance">ε: the bounds are at most ε apart when it stops.</param>
    /// <param name="maxIterations">The most sweeps (of both bounds) before giving up.</param>
    /// <param name="progress">Receives the gap max_s (U − L) after each sweep.</param>
    /// <param name="cancellationToken">Stops the iteration.</param>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not positive and finite, or <paramref name="maxIterations"/> is below 1.</exception>
    /// <exception cref="ArgumentException">With γ = 1, a reward is positive (naming state, action and reward).</exception>
    /// <exception cref="InvalidOperationException">With γ = 1, some state reaches no terminal state under any policy.</exception>
    public static Solution<TState, TAction> IntervalValueIteration<TState, TAction>(
        this MdpModel<TState, TAction> model,
        double tolerance = 1e-9,
        int maxIterations = 100_000,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        return m.NewSolution(Solvers.IntervalValueIteration.Solve(
            m.Table, m.Discount, m.Horizon, tolerance, maxIterations, m.DescribeState, m.DescribeAction, progress, cancellationToken));
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
        where TAction : struct
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
        where TAction : struct
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
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.PolicyEvaluation(model.CreatePolicy(policy), horizon, progress, cancellationToken);
    }
}
