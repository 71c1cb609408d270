using System;
using System.Diagnostics;
using System.Threading;
using MdpDsl.Learning;

namespace MdpDsl;

/// <summary>
/// The soft learners over function approximators, for models too large to tabulate, as extension methods of
/// <see cref="ISimulator{TState, TAction}"/>: they need only episodes and features of the typed states, never a
/// table. They run the same algorithms as <c>model.SoftQLearning()</c> and <c>model.Sac()</c>, on a critic and an
/// actor of any kind (linear ones on an <see cref="IStateEncoder{TState}"/> by default), and a Monte Carlo
/// evaluation compares the policies they learn with any other.
/// </summary>
public static class ApproximateLearningCatalog
{
    /// <summary>
    /// Approximate soft Q-learning with a <see cref="LinearSoftCritic{TState}"/> on <paramref name="encoder"/>'s
    /// features: Q(s, a) moves toward r + γ T log Σ_a′ exp(Q̄(s′, a′)/T), acting by the Boltzmann policy
    /// π ∝ exp(Q/T), which is also the result's policy. When the soft Q of the model is linear in the features it
    /// tends to <see cref="SolverCatalog.SoftValueIteration"/>'s at the same temperature.
    /// </summary>
    /// <param name="simulator">The episodes to learn from: a compiled model's <c>CreateSimulator()</c>, or a table-free simulator.</param>
    /// <param name="encoder">The features of the critic.</param>
    /// <param name="options">The run's options; null for replayed batches of 16 and a target critic with τ = 0.05.
    /// The simulator's own step limit ends episodes, and <see cref="LearnerOptions.StepLimit"/> is not used.</param>
    /// <param name="progress">Receives each episode's return.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option lies outside its range; the exception names it.</exception>
    /// <exception cref="ArgumentException">A feature is NaN or infinite; the exception names the state.</exception>
    /// <exception cref="ModelValidationException">The simulator paid a NaN or infinite reward; the exception names the state and action.</exception>
    /// <exception cref="DivergenceException">An estimate stopped being finite; the exception names the step, state and action.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <remarks>An exception thrown by the simulator, such as one from the model's own transition, propagates unchanged.</remarks>
    public static ApproximateResult<TState, TAction> SoftQLearning<TState, TAction>(
        this ISimulator<TState, TAction> simulator, IStateEncoder<TState> encoder,
        SoftQLearningOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return simulator.SoftQLearning(new LinearSoftCritic<TState>(encoder, simulator.Actions.Count), options, progress, cancellationToken);
    }

    /// <summary>Approximate soft Q-learning with a critic of any kind, on action indices in the order of the simulator's actions.</summary>
    /// <param name="simulator">The episodes to learn from.</param>
    /// <param name="critic">The critic, which learns in place.</param>
    /// <param name="options">The run's options; null for replayed batches of 16 and a target critic with τ = 0.05.</param>
    /// <param name="progress">Receives each episode's return.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <inheritdoc cref="SoftQLearning{TState, TAction}(ISimulator{TState, TAction}, IStateEncoder{TState}, SoftQLearningOptions?, IProgress{LearningProgress}?, CancellationToken)" path="/exception"/>
    /// <inheritdoc cref="SoftQLearning{TState, TAction}(ISimulator{TState, TAction}, IStateEncoder{TState}, SoftQLearningOptions?, IProgress{LearningProgress}?, CancellationToken)" path="/remarks"/>
    public static ApproximateResult<TState, TAction> SoftQLearning<TState, TAction>(
        this ISimulator<TState, TAction> simulator, ISoftCritic<TState> critic,
        SoftQLearningOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(critic);
        options ??= new SoftQLearningOptions { BatchSize = 16, TargetSmoothing = 0.05 };
        options.Validate(simulator.Actions.Count);
        var environment = new SimulatorEnvironment<TState, TAction>(simulator, options.Seed);
        var clock = Stopwatch.StartNew();
        var returns = Learning.SoftQLearning.Run(environment, options.Discount ?? simulator.Discount, options, critic, progress, cancellationToken);
        var policy = ApproximatePolicy<TState, TAction>.Boltzmann(simulator.Actions, critic, options.Temperature, environment.IsAllowed);
        return new ApproximateResult<TState, TAction>(policy, critic, options.Temperature, returns, environment.TotalSteps, clock.Elapsed);
    }

    /// <summary>
    /// Approximate discrete-action soft actor-critic with a <see cref="LinearSoftCritic{TState}"/> and a
    /// <see cref="LinearSoftActor{TState}"/> (masked to the allowed actions) on <paramref name="encoder"/>'s features:
    /// soft policy evaluation against a target critic, gradient steps of the actor toward exp(Q/α)/Z, and (with
    /// <see cref="SacOptions.TargetEntropy"/>) automatic tuning of α, all from a replay buffer.
    /// </summary>
    /// <param name="simulator">The episodes to learn from: a compiled model's <c>CreateSimulator()</c>, or a table-free simulator.</param>
    /// <param name="encoder">The features of the critic and the actor.</param>
    /// <param name="options">The run's options; null for the defaults. The simulator's own step limit ends episodes,
    /// and <see cref="LearnerOptions.StepLimit"/> is not used.</param>
    /// <param name="progress">Receives each episode's return.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <inheritdoc cref="SoftQLearning{TState, TAction}(ISimulator{TState, TAction}, IStateEncoder{TState}, SoftQLearningOptions?, IProgress{LearningProgress}?, CancellationToken)" path="/exception"/>
    /// <inheritdoc cref="SoftQLearning{TState, TAction}(ISimulator{TState, TAction}, IStateEncoder{TState}, SoftQLearningOptions?, IProgress{LearningProgress}?, CancellationToken)" path="/remarks"/>
    public static ApproximateSacResult<TState, TAction> Sac<TState, TAction>(
        this ISimulator<TState, TAction> simulator, IStateEncoder<TState> encoder,
        SacOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var actions = simulator.Actions;
        var critic = new LinearSoftCritic<TState>(encoder, actions.Count);
        var actor = new LinearSoftActor<TState>(encoder, actions.Count, (state, action) => simulator.IsAllowed(state, actions[action]));
        return simulator.Sac(critic, actor, options, progress, cancellationToken);
    }

    /// <summary>Approximate soft actor-critic with a critic and an actor of any kind, on action indices in the order of the simulator's actions.</summary>
    /// <param name="simulator">The episodes to learn from.</param>
    /// <param name="critic">The critic, which learns in place.</param>
    /// <param name="actor">The actor, which learns in place; it must give probability 0 to the actions a state does not allow.</param>
    /// <param name="options">The run's options; null for the defaults.</param>
    /// <param name="progress">Receives each episode's return.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <inheritdoc cref="SoftQLearning{TState, TAction}(ISimulator{TState, TAction}, IStateEncoder{TState}, SoftQLearningOptions?, IProgress{LearningProgress}?, CancellationToken)" path="/exception"/>
    /// <inheritdoc cref="SoftQLearning{TState, TAction}(ISimulator{TState, TAction}, IStateEncoder{TState}, SoftQLearningOptions?, IProgress{LearningProgress}?, CancellationToken)" path="/remarks"/>
    public static ApproximateSacResult<TState, TAction> Sac<TState, TAction>(
        this ISimulator<TState, TAction> simulator, ISoftCritic<TState> critic, ISoftActor<TState> actor,
        SacOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(critic);
        ArgumentNullException.ThrowIfNull(actor);
        options ??= new SacOptions();
        options.Validate(simulator.Actions.Count);
        var environment = new SimulatorEnvironment<TState, TAction>(simulator, options.Seed);
        var clock = Stopwatch.StartNew();
        var (returns, temperature) = Learning.Sac.Run(environment, options.Discount ?? simulator.Discount, options, critic, actor, progress, cancellationToken);
        var policy = ApproximatePolicy<TState, TAction>.OfActor(simulator.Actions, actor);
        return new ApproximateSacResult<TState, TAction>(actor, policy, critic, temperature, returns, environment.TotalSteps, clock.Elapsed);
    }

    /// <summary>
    /// The mean discounted return Σ γᵗ rₜ of <paramref name="policy"/> over <paramref name="episodes"/> independent
    /// rollouts, with its standard error; actions are drawn from the policy's distribution.
    /// </summary>
    /// <param name="simulator">The episodes; reseeded with <paramref name="seed"/> before the first rollout.</param>
    /// <param name="policy">The policy to evaluate, typically a learner's.</param>
    /// <param name="episodes">The number of rollouts, at least 2.</param>
    /// <param name="seed">Seeds the simulator and the policy's draws: the same seed, the same estimate.</param>
    /// <param name="discount">γ of the returns; null for the simulator's.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 episodes, or a discount outside (0, 1].</exception>
    public static MonteCarloEstimate Evaluate<TState, TAction>(
        this ISimulator<TState, TAction> simulator, ApproximatePolicy<TState, TAction> policy,
        int episodes, int seed, double? discount = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Evaluate(simulator, policy.Sample, episodes, seed, discount, cancellationToken);
    }

    /// <summary>
    /// The mean discounted return Σ γᵗ rₜ of a deterministic <paramref name="policy"/> (a baseline, say) over
    /// <paramref name="episodes"/> independent rollouts, with its standard error.
    /// </summary>
    /// <param name="simulator">The episodes; reseeded with <paramref name="seed"/> before the first rollout.</param>
    /// <param name="policy">The action to take in each state.</param>
    /// <param name="episodes">The number of rollouts, at least 2.</param>
    /// <param name="seed">Seeds the simulator: the same seed, the same estimate.</param>
    /// <param name="discount">γ of the returns; null for the simulator's.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 2 episodes, or a discount outside (0, 1].</exception>
    public static MonteCarloEstimate Evaluate<TState, TAction>(
        this ISimulator<TState, TAction> simulator, Func<TState, TAction> policy,
        int episodes, int seed, double? discount = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Evaluate(simulator, (state, _) => policy(state), episodes, seed, discount, cancellationToken);
    }

    private static MonteCarloEstimate Evaluate<TState, TAction>(
        ISimulator<TState, TAction> simulator, Func<TState, Random, TAction> act, int episodes, int seed, double? discount, CancellationToken cancellationToken)
        where TState : notnull
        where TAction : struct
    {
        ArgumentNullException.ThrowIfNull(simulator);
        if (episodes < 2)
            throw new ArgumentOutOfRangeException(nameof(episodes), episodes, "At least two rollouts are needed for a standard error.");
        var gamma = discount ?? simulator.Discount;
        if (!(gamma > 0 && gamma <= 1))
            throw new ArgumentOutOfRangeException(nameof(discount), gamma, "The discount must lie in (0, 1].");
        var (mean, standardError) = MonteCarlo.Evaluate(simulator, act, episodes, seed, gamma, cancellationToken);
        return new MonteCarloEstimate(mean, standardError, episodes);
    }
}
