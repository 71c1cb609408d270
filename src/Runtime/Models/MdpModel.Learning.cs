using System;
using System.Threading;
using MdpDsl.Learning;

namespace MdpDsl;

// The simulator and the learners that need only samples of the model, each checked against the exact solvers.
public abstract partial class MdpModel<TState, TAction>
{
    private const int DefaultStepLimit = 1000;

    /// <summary>A simulator of this model's episodes, in the Gymnasium convention.</summary>
    /// <param name="stepLimit">The steps after which an episode is truncated; null for the model's horizon, or 1,000 steps without one.</param>
    /// <exception cref="InvalidOperationException">The model declares no <see cref="InitialAttribute"/> state.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The step limit is below 1.</exception>
    public Simulator<TState, TAction> CreateSimulator(int? stepLimit = null) =>
        new(NewSimulator(stepLimit ?? Horizon ?? DefaultStepLimit, new Random()), _compiled.States, _compiled.Actions);

    /// <summary>
    /// TD(0) evaluation of <paramref name="policy"/> from its episodes: δ = r + γ V(s′) − V(s), V(s) ← V(s) + α δ.
    /// Converges to <see cref="PolicyEvaluation(Policy{TState, TAction}, int?, IProgress{SolverProgress}?, CancellationToken)"/>'s
    /// values and keeps every reward-prediction error δ.
    /// </summary>
    /// <param name="policy">The policy to act by and evaluate.</param>
    /// <param name="options">The run's options; null for the defaults.</param>
    /// <param name="progress">Receives each episode's return.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ArgumentException">The policy belongs to another model.</exception>
    /// <inheritdoc cref="QLearning" path="/exception"/>
    public TdResult<TState, TAction> TdLearning(
        Policy<TState, TAction> policy, TdOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Probabilities.Length != StateCount * ActionCount)
            throw new ArgumentException("The policy belongs to another model.", nameof(policy));
        options ??= new TdOptions();
        var (tables, errors) = Learning.TdLearning.Run(SimulatorFor(options), DiscountOf(options), policy.Probabilities, options, progress, cancellationToken);
        return new TdResult<TState, TAction>(ValuesOf(tables), policy, errors, tables.Returns, tables.Steps);
    }

    /// <summary>
    /// Q-learning: Q(s, a) ← Q(s, a) + α[r + γ max_a′ Q(s′, a′) − Q(s, a)], acting ε-greedily. The result's policy is
    /// greedy in the learned Q, which tends to <see cref="ValueIteration"/>'s.
    /// </summary>
    /// <param name="options">The run's options; null for the defaults.</param>
    /// <param name="progress">Receives each episode's return.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option lies outside its range; the exception names it.</exception>
    /// <exception cref="InvalidOperationException">The model declares no <see cref="InitialAttribute"/> state.</exception>
    /// <exception cref="NotSupportedException">The model has a finite horizon.</exception>
    /// <exception cref="DivergenceException">An estimate stopped being finite; the exception names the step, state and action.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public ActionValueResult<TState, TAction> QLearning(
        QLearningOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new QLearningOptions();
        return ActionValueResultOf(Learning.QLearning.Run(SimulatorFor(options), DiscountOf(options), options, progress, cancellationToken));
    }

    /// <summary>
    /// SARSA: Q(s, a) ← Q(s, a) + α[r + γ Q(s′, a′) − Q(s, a)] with a′ the ε-greedy action taken next, so it learns
    /// the value of its own exploring behaviour. The result's policy is greedy in the learned Q.
    /// </summary>
    /// <inheritdoc cref="QLearning"/>
    public ActionValueResult<TState, TAction> Sarsa(
        SarsaOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new SarsaOptions();
        return ActionValueResultOf(Learning.Sarsa.Run(SimulatorFor(options), DiscountOf(options), options, progress, cancellationToken));
    }

    /// <summary>
    /// Soft Q-learning: Q(s, a) ← Q(s, a) + α[r + γ T log Σ_a′ exp(Q(s′, a′)/T) − Q(s, a)], acting by the Boltzmann
    /// policy π ∝ exp((Q − V)/T), which is also the result's policy. Tends to <see cref="SoftValueIteration"/>'s
    /// solution at the same temperature.
    /// </summary>
    /// <inheritdoc cref="QLearning"/>
    public ActionValueResult<TState, TAction> SoftQLearning(
        SoftQLearningOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new SoftQLearningOptions();
        return ActionValueResultOf(Learning.SoftQLearning.Run(SimulatorFor(options), DiscountOf(options), options, progress, cancellationToken));
    }

    /// <summary>
    /// One-step actor-critic: δ = r + γ V(s′) − V(s) moves the tabular critic, V(s) ← V(s) + α_c δ, and the tabular
    /// softmax actor, θ(s, ·) ← θ(s, ·) + α_a δ ∇ log π(a|s). The result holds the critic's V and the actor's policy.
    /// </summary>
    /// <inheritdoc cref="QLearning"/>
    public LearningResult<TState, TAction> ActorCritic(
        ActorCriticOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new ActorCriticOptions();
        return ResultOf(Learning.ActorCritic.Run(SimulatorFor(options), DiscountOf(options), options, progress, cancellationToken));
    }

    /// <summary>
    /// REINFORCE with a learned baseline on a tabular softmax policy, with an optional entropy bonus β
    /// (<see cref="PolicyGradientOptions.Entropy"/>) that makes it converge to <see cref="SoftValueIteration"/>'s
    /// policy at temperature β. On a model with one decision state it is the gradient bandit algorithm. The result
    /// holds the policy and the learned (soft) state values.
    /// </summary>
    /// <inheritdoc cref="QLearning"/>
    public LearningResult<TState, TAction> PolicyGradient(
        PolicyGradientOptions? options = null, IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new PolicyGradientOptions();
        return ResultOf(Learning.PolicyGradient.Run(SimulatorFor(options), DiscountOf(options), options, progress, cancellationToken));
    }

    /// <summary>
    /// Discrete-action soft actor-critic: soft policy evaluation of the critic against a Polyak-averaged target
    /// critic, gradient steps of the actor toward exp(Q/α)/Z, and (with <see cref="SacOptions.TargetEntropy"/>)
    /// automatic tuning of α, all from a replay buffer. At a fixed α it tends to <see cref="SoftValueIteration"/>'s
    /// solution at T = α.
    /// </summary>
    /// <param name="options">The run's options; null for the defaults.</param>
    /// <param name="critic">The critic; null for a <see cref="TabularSoftCritic"/>.</param>
    /// <param name="actor">The actor; null for a <see cref="TabularSoftActor"/>.</param>
    /// <param name="progress">Receives each episode's return.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <inheritdoc cref="QLearning" path="/exception"/>
    public SacResult<TState, TAction> Sac(
        SacOptions? options = null, ISoftCritic? critic = null, ISoftActor? actor = null,
        IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new SacOptions();
        var (tables, temperature) = Learning.Sac.Run(
            SimulatorFor(options), DiscountOf(options), options, critic ?? new TabularSoftCritic(Table), actor ?? new TabularSoftActor(Table), progress, cancellationToken);
        return new SacResult<TState, TAction>(ActionValuesOf(tables), ValuesOf(tables), NewPolicy(tables.Policy), temperature, tables.Returns, tables.Steps);
    }

    /// <summary>Checks the options and makes the simulator a run learns from, seeded by the options.</summary>
    private TabularSimulator SimulatorFor(LearnerOptions options)
    {
        if (Horizon is { } horizon)
            throw new NotSupportedException(
                $"The learners estimate stationary values, but this model has a horizon of {horizon} steps, so its values depend on the step. " +
                "Learn on a discounted model, or make the step part of the state.");
        options.Validate(Table);
        return NewSimulator(options.StepLimit, Seeding.Random(options.Seed));
    }

    private TabularSimulator NewSimulator(int stepLimit, Random random) =>
        new(Table, _compiled.Initial, stepLimit, random, DescribeState, DescribeAction);

    private double DiscountOf(LearnerOptions options) => options.Discount ?? Discount;

    private object? DescribeAction(int index) => _compiled.Actions[index];

    private StateValues<TState> ValuesOf(LearnedTables tables) => new(_compiled.States, tables.V);

    private ActionValues<TState, TAction> ActionValuesOf(LearnedTables tables) => new(_compiled.States, _compiled.Actions, tables.Q!);

    private LearningResult<TState, TAction> ResultOf(LearnedTables tables) =>
        new(ValuesOf(tables), NewPolicy(tables.Policy), tables.Returns, tables.Steps);

    private ActionValueResult<TState, TAction> ActionValueResultOf(LearnedTables tables) =>
        new(ActionValuesOf(tables), ValuesOf(tables), NewPolicy(tables.Policy), tables.Returns, tables.Steps);
}
