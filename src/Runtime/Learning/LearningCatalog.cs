using System;
using System.Threading;
using MdpDsl.Learning;

namespace MdpDsl;

/// <summary>
/// The simulator and the learners that need only samples of a model, each checked against the exact solvers, as
/// extension methods of <see cref="MdpModel{TState, TAction}"/> (<c>model.QLearning()</c>).
/// </summary>
public static class LearningCatalog
{
    private const int DefaultStepLimit = 1000;

    /// <summary>A simulator of this model's episodes, in the Gymnasium convention.</summary>
    /// <param name="model">The model to simulate.</param>
    /// <param name="stepLimit">The steps after which an episode is truncated; null for the model's horizon, or 1,000 steps without one.</param>
    /// <exception cref="InvalidOperationException">The model declares no <see cref="InitialAttribute"/> state.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The step limit is below 1.</exception>
    public static Simulator<TState, TAction> CreateSimulator<TState, TAction>(
        this MdpModel<TState, TAction> model,
        int? stepLimit = null)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        return new(NewSimulator(m, stepLimit ?? m.Horizon ?? DefaultStepLimit, new Random()), m.States, m.Actions, model.Actions, m.Discount);
    }

    /// <summary>
    /// TD(0) evaluation of <paramref name="policy"/> from its episodes: δ = r + γ V(s′) − V(s), V(s) ← V(s) + α δ.
    /// Converges to <see cref="SolverCatalog.PolicyEvaluation{TState, TAction}(MdpModel{TState, TAction}, Policy{TState, TAction}, int?, IProgress{SolverProgress}?, CancellationToken)"/>'s
    /// values and keeps every reward-prediction error δ.
    /// </summary>
    /// <param name="model">The model to learn in.</param>
    /// <param name="policy">The policy to act by and evaluate.</param>
    /// <param name="options">The run's options; null for the defaults.</param>
    /// <param name="progress">Receives each episode's return.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ArgumentException">The policy belongs to another model.</exception>
    /// <inheritdoc cref="QLearning{TState, TAction}" path="/exception"/>
    public static TdResult<TState, TAction> TdLearning<TState, TAction>(
        this MdpModel<TState, TAction> model,
        Policy<TState, TAction> policy, TdOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        var probabilities = m.Own(policy, nameof(policy)).Probabilities;
        options ??= new TdOptions();
        var (tables, errors) = Learning.TdLearning.Run(SimulatorFor(m, options), DiscountOf(m, options), probabilities, options, progress, cancellationToken);
        return new TdResult<TState, TAction>(m.NewValues(tables.V), policy, errors, tables.Returns, tables.Steps, VisitsOf(m, tables));
    }

    /// <summary>
    /// Q-learning: Q(s, a) ← Q(s, a) + α[r + γ max_a′ Q(s′, a′) − Q(s, a)], acting ε-greedily. The result's policy is
    /// greedy in the learned Q, which tends to <see cref="SolverCatalog.ValueIteration"/>'s.
    /// </summary>
    /// <param name="model">The model to learn in.</param>
    /// <param name="options">The run's options; null for the defaults.</param>
    /// <param name="progress">Receives each episode's return.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option lies outside its range; the exception names it.</exception>
    /// <exception cref="InvalidOperationException">The model declares no <see cref="InitialAttribute"/> state.</exception>
    /// <exception cref="NotSupportedException">The model has a finite horizon.</exception>
    /// <exception cref="DivergenceException">An estimate stopped being finite; the exception names the step, state and action.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static ActionValueResult<TState, TAction> QLearning<TState, TAction>(
        this MdpModel<TState, TAction> model,
        QLearningOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        options ??= new QLearningOptions();
        return ActionValueResultOf(m, Learning.QLearning.Run(SimulatorFor(m, options), DiscountOf(m, options), options, progress, cancellationToken));
    }

    /// <summary>
    /// SARSA: Q(s, a) ← Q(s, a) + α[r + γ Q(s′, a′) − Q(s, a)] with a′ the ε-greedy action taken next, so it learns
    /// the value of its own exploring behaviour. The result's policy is greedy in the learned Q.
    /// </summary>
    /// <inheritdoc cref="QLearning{TState, TAction}"/>
    public static ActionValueResult<TState, TAction> Sarsa<TState, TAction>(
        this MdpModel<TState, TAction> model,
        SarsaOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        options ??= new SarsaOptions();
        return ActionValueResultOf(m, Learning.Sarsa.Run(SimulatorFor(m, options), DiscountOf(m, options), options, progress, cancellationToken));
    }

    /// <summary>
    /// Soft Q-learning: Q(s, a) ← Q(s, a) + α[r + γ T log Σ_a′ exp(Q(s′, a′)/T) − Q(s, a)], acting by the Boltzmann
    /// policy π ∝ exp((Q − V)/T), which is also the result's policy. Tends to <see cref="SolverCatalog.SoftValueIteration"/>'s
    /// solution at the same temperature.
    /// </summary>
    /// <inheritdoc cref="QLearning{TState, TAction}"/>
    public static ActionValueResult<TState, TAction> SoftQLearning<TState, TAction>(
        this MdpModel<TState, TAction> model,
        SoftQLearningOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        options ??= new SoftQLearningOptions();
        return ActionValueResultOf(m, Learning.SoftQLearning.Run(SimulatorFor(m, options), DiscountOf(m, options), options, progress, cancellationToken));
    }

    /// <summary>
    /// One-step actor-critic: δ = r + γ V(s′) − V(s) moves the tabular critic, V(s) ← V(s) + α_c δ, and the tabular
    /// softmax actor, θ(s, ·) ← θ(s, ·) + α_a δ ∇ log π(a|s). The result holds the critic's V and the actor's policy.
    /// </summary>
    /// <inheritdoc cref="QLearning{TState, TAction}"/>
    public static LearningResult<TState, TAction> ActorCritic<TState, TAction>(
        this MdpModel<TState, TAction> model,
        ActorCriticOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        options ??= new ActorCriticOptions();
        return ResultOf(m, Learning.ActorCritic.Run(SimulatorFor(m, options), DiscountOf(m, options), options, progress, cancellationToken));
    }

    /// <summary>
    /// REINFORCE with a learned baseline on a tabular softmax policy, with an optional entropy bonus β
    /// (<see cref="PolicyGradientOptions.Entropy"/>) that makes it converge to <see cref="SolverCatalog.SoftValueIteration"/>'s
    /// policy at temperature β. On a model with one decision state it is the gradient bandit algorithm. The result
    /// holds the policy and the learned (soft) state values.
    /// </summary>
    /// <inheritdoc cref="QLearning{TState, TAction}"/>
    public static LearningResult<TState, TAction> PolicyGradient<TState, TAction>(
        this MdpModel<TState, TAction> model,
        PolicyGradientOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        options ??= new PolicyGradientOptions();
        return ResultOf(m, Learning.PolicyGradient.Run(SimulatorFor(m, options), DiscountOf(m, options), options, progress, cancellationToken));
    }

    /// <summary>
    /// Discrete-action soft actor-critic: soft policy evaluation of the critic against a Polyak-averaged target
    /// critic, gradient steps of the actor toward exp(Q/α)/Z, and (with <see cref="SacOptions.TargetEntropy"/>)
    /// automatic tuning of α, all from a replay buffer. At a fixed α it tends to <see cref="SolverCatalog.SoftValueIteration"/>'s
    /// solution at T = α.
    /// </summary>
    /// <param name="model">The model to learn in.</param>
    /// <param name="options">The run's options; null for the defaults.</param>
    /// <param name="critic">The critic on state indices; null for a <see cref="TabularSoftCritic"/>.</param>
    /// <param name="actor">The actor on state indices; null for a <see cref="TabularSoftActor"/>.</param>
    /// <param name="progress">Receives each episode's return.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <inheritdoc cref="QLearning{TState, TAction}" path="/exception"/>
    public static SacResult<TState, TAction> Sac<TState, TAction>(
        this MdpModel<TState, TAction> model,
        SacOptions? options = null, ISoftCritic<int>? critic = null, ISoftActor<int>? actor = null,
        IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
        where TState : notnull
        where TAction : struct
    {
        var m = ModelAdapter<TState, TAction>.Of(model);
        options ??= new SacOptions();
        var (tables, temperature) = Learning.Sac.Run(
            SimulatorFor(m, options), DiscountOf(m, options), options, critic ?? new TabularSoftCritic(m.Table), actor ?? new TabularSoftActor(m.Table), progress, cancellationToken);
        return new SacResult<TState, TAction>(m.NewActionValues(tables.Q!), m.NewValues(tables.V), m.NewPolicy(tables.Policy), temperature, tables.Returns, tables.Steps, VisitsOf(m, tables));
    }

    /// <summary>Checks the options and makes the simulator a run learns from, seeded by the options.</summary>
    private static TabularSimulator SimulatorFor<TState, TAction>(ModelAdapter<TState, TAction> m, LearnerOptions options)
        where TState : notnull
        where TAction : struct
    {
        if (m.Horizon is { } horizon)
            throw new NotSupportedException(
                $"The learners estimate stationary values, but this model has a horizon of {horizon} steps, so its values depend on the step. " +
                "Learn on a discounted model, or make the step part of the state.");
        options.Validate(m.Table);
        return NewSimulator(m, options.StepLimit, Seeding.Random(options.Seed));
    }

    private static TabularSimulator NewSimulator<TState, TAction>(ModelAdapter<TState, TAction> m, int stepLimit, Random random)
        where TState : notnull
        where TAction : struct =>
        new(m.Table, m.Initial, stepLimit, random, m.DescribeState, m.DescribeAction);

    private static double DiscountOf<TState, TAction>(ModelAdapter<TState, TAction> m, LearnerOptions options)
        where TState : notnull
        where TAction : struct =>
        options.Discount ?? m.Discount;

    private static LearningResult<TState, TAction> ResultOf<TState, TAction>(ModelAdapter<TState, TAction> m, LearnedTables tables)
        where TState : notnull
        where TAction : struct =>
        new(m.NewValues(tables.V), m.NewPolicy(tables.Policy), tables.Returns, tables.Steps, VisitsOf(m, tables));

    private static ActionValueResult<TState, TAction> ActionValueResultOf<TState, TAction>(ModelAdapter<TState, TAction> m, LearnedTables tables)
        where TState : notnull
        where TAction : struct =>
        new(m.NewActionValues(tables.Q!), m.NewValues(tables.V), m.NewPolicy(tables.Policy), tables.Returns, tables.Steps, VisitsOf(m, tables));

    private static VisitCounts<TState, TAction> VisitsOf<TState, TAction>(ModelAdapter<TState, TAction> m, LearnedTables tables)
        where TState : notnull
        where TAction : struct =>
        new(m.States, m.Actions, tables.Visits);
}
