using System;
using System.Collections.Generic;
using MdpDsl.Compilation;
using MdpDsl.Learning;

namespace MdpDsl;

/// <summary>
/// Episodes of a model declaration without a table, in the Gymnasium convention: each <see cref="Step"/> calls the
/// <see cref="TransitionAttribute"/> member once for the current (state, action), draws a successor from what it
/// returned and pays the <see cref="RewardAttribute"/> of that transition. Nothing enumerates the state space, so it
/// runs models whose state count is far beyond what <c>Compile()</c> accepts. Every step applies the checks
/// <c>Compile()</c> applies to every row — probabilities finite, non-negative and summing to 1, successors inside the
/// declared ranges, rewards finite and within the model's <see cref="MdpAttribute.Likelihood"/> — and throws the
/// same <see cref="ModelValidationException"/>, naming the state, action and value, at the step where one fails.
/// The same seed gives the same episodes; a step allocates nothing unless the model's own members do (a
/// <c>yield return</c> transition allocates its iterator). Obtain one from the generated <c>CreateSimulator()</c>.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public abstract class DirectSimulator<TState, TAction> : ISimulator<TState, TAction>
    where TState : notnull
    where TAction : struct
{
    private readonly TState[] _starts;
    private readonly double[] _startProbabilities;
    private Random _random = new();
    private TState? _state;
    private bool _started;
    private bool _terminated;

    private protected DirectSimulator(TState[] starts, double[] startProbabilities, IReadOnlyList<TAction> actions, double discount, int stepLimit)
    {
        _starts = starts;
        _startProbabilities = startProbabilities;
        Actions = actions;
        Discount = discount;
        StepLimit = stepLimit;
    }

    /// <inheritdoc/>
    public IReadOnlyList<TAction> Actions { get; }

    /// <inheritdoc/>
    public double Discount { get; }

    /// <inheritdoc/>
    public int StepLimit { get; }

    /// <inheritdoc/>
    public int Steps { get; private set; }

    /// <inheritdoc/>
    public bool IsDone => _terminated || Steps == StepLimit;

    /// <inheritdoc/>
    public TState State => _started ? _state! : throw new InvalidOperationException("Call Reset to start an episode first.");

    /// <summary>Whether <paramref name="action"/> may be taken in <paramref name="state"/>, by the model's <see cref="AllowedAttribute"/> member.</summary>
    /// <exception cref="ModelValidationException">The member threw.</exception>
    public abstract bool IsAllowed(TState state, TAction action);

    /// <summary>Starts an episode and returns its start state, drawn from the <see cref="InitialAttribute"/> distribution.</summary>
    /// <param name="seed">Reseeds the simulator's random source, so that the episodes that follow repeat exactly;
    /// null continues the current source (a fresh simulator's is seeded from the clock).</param>
    /// <exception cref="ModelValidationException">The <see cref="TerminalAttribute"/> member threw.</exception>
    public TState Reset(int? seed = null)
    {
        if (seed is { } value)
            _random = Seeding.Random(value);
        _state = _starts[Sampling.Categorical(_startProbabilities, _random.NextDouble())];
        _started = true;
        _terminated = IsTerminal(_state);
        Steps = 0;
        return _state;
    }

    /// <summary>Takes <paramref name="action"/> in the current state: calls the transition once and samples the successor.</summary>
    /// <returns>The next state, the reward r(s, a, s′), and whether the episode terminated or was truncated.</returns>
    /// <exception cref="InvalidOperationException">No episode has started, or the current one is over.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The action is not one of <see cref="Actions"/> (an integer field outside its range, say).</exception>
    /// <exception cref="ArgumentException">The action is not allowed in the current state.</exception>
    /// <exception cref="ModelValidationException">The model's members gave no valid step here, or threw; the message names the state, action and value.</exception>
    public StepResult<TState> Step(TAction action)
    {
        if (!IsAction(action))
            throw new ArgumentOutOfRangeException(nameof(action), action, $"{action} is not an action of this model.");
        if (!_started)
            throw new InvalidOperationException("Call Reset to start an episode before the first step.");
        var state = _state!;
        if (IsDone)
            throw new InvalidOperationException(_terminated
                ? $"The episode ended in the terminal state {state}; call Reset to start a new one."
                : $"The episode was truncated at the step limit of {StepLimit}; call Reset to start a new one.");
        if (!IsAllowed(state, action))
            throw new ArgumentException($"Action {action} is not allowed in state {state}.", nameof(action));

        var (next, reward) = Sample(state, action, _random.NextDouble());
        _state = next;
        _terminated = IsTerminal(next);
        Steps++;
        return new StepResult<TState>(next, reward, _terminated, !_terminated && Steps == StepLimit);
    }

    /// <summary>Whether <paramref name="state"/> ends the episode.</summary>
    private protected abstract bool IsTerminal(TState state);

    /// <summary>Whether <paramref name="action"/> lies in the model's action space.</summary>
    private protected abstract bool IsAction(TAction action);

    /// <summary>The successor of (<paramref name="state"/>, <paramref name="action"/>) that <paramref name="u"/>, uniform in [0, 1), selects, and its reward.</summary>
    private protected abstract (TState Next, double Reward) Sample(TState state, TAction action, double u);

    /// <summary>
    /// The simulator of a generated model: called by generated <c>CreateSimulator()</c> methods with the model's
    /// dynamics, the check of its state's declared ranges and its action space. It reads and checks the initial
    /// distribution once, here.
    /// </summary>
    /// <exception cref="InvalidOperationException">The model declares no <see cref="InitialAttribute"/> state.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The step limit is below 1.</exception>
    /// <exception cref="ModelValidationException">The initial distribution is not one.</exception>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static DirectSimulator<TState, TAction> Create<TDynamics, TBounds, TActions>(
        TDynamics dynamics, TBounds bounds, TActions actions, MdpSettings settings, int stepLimit)
        where TDynamics : struct, IDynamics<TState, TAction>
        where TBounds : struct, IStateBounds<TState>
        where TActions : struct, IFiniteSpace<TAction>
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (stepLimit < 1)
            throw new ArgumentOutOfRangeException(nameof(stepLimit), stepLimit, "The step limit must be at least 1.");
        var (starts, probabilities) = ReadInitial<TDynamics, TBounds>(dynamics, bounds);
        return new Direct<TDynamics, TBounds, TActions>(dynamics, bounds, actions, settings.Likelihood, starts, probabilities,
            FiniteSpace.All<TAction, TActions>(actions), settings.Discount, stepLimit);
    }

    private static (TState[] States, double[] Probabilities) ReadInitial<TDynamics, TBounds>(TDynamics dynamics, TBounds bounds)
        where TDynamics : struct, IDynamics<TState, TAction>
        where TBounds : struct, IStateBounds<TState>
    {
        var outcomes = new Successors<TState>();
        ModelChecks.Initial<TState, TAction, TDynamics>(dynamics, outcomes);
        var states = new List<TState>(outcomes.Count);
        var probabilities = new List<double>(outcomes.Count);
        var sum = 0.0;
        for (var i = 0; i < outcomes.Count; i++)
        {
            var (state, probability) = outcomes[i];
            ModelChecks.InitialOutcome(state, probability);
            if (probability == 0)
                continue;
            if (!bounds.Contains(state))
                throw ModelValidationException.InitialOutsideSpace(state);
            states.Add(state);
            probabilities.Add(probability);
            sum += probability;
        }
        if (states.Count == 0)
            throw new InvalidOperationException("The model has no initial state, so an episode has nowhere to start. Add an [Initial] member.");
        ModelChecks.InitialSum(sum);
        return (states.ToArray(), probabilities.ToArray());
    }

    /// <summary>The steps themselves, specialized for the generated structs so that the calls to the model inline.</summary>
    private sealed class Direct<TDynamics, TBounds, TActions> : DirectSimulator<TState, TAction>
        where TDynamics : struct, IDynamics<TState, TAction>
        where TBounds : struct, IStateBounds<TState>
        where TActions : struct, IFiniteSpace<TAction>
    {
        private readonly TDynamics _dynamics;
        private readonly TBounds _bounds;
        private readonly TActions _actions;
        private readonly Optimality _likelihood;
        private readonly Successors<TState> _outcomes = new();

        public Direct(TDynamics dynamics, TBounds bounds, TActions actions, Optimality likelihood, TState[] starts, double[] startProbabilities,
            IReadOnlyList<TAction> actionList, double discount, int stepLimit)
            : base(starts, startProbabilities, actionList, discount, stepLimit)
        {
            _dynamics = dynamics;
            _bounds = bounds;
            _actions = actions;
            _likelihood = likelihood;
        }

        public override bool IsAllowed(TState state, TAction action) => ModelChecks.IsAllowed(_dynamics, state, action);

        private protected override bool IsTerminal(TState state) => ModelChecks.IsTerminal<TState, TAction, TDynamics>(_dynamics, state);

        private protected override bool IsAction(TAction action) => _actions.TryIndexOf(action, out _);

        private protected override (TState Next, double Reward) Sample(TState state, TAction action, double u)
        {
            ModelChecks.Successors(_dynamics, state, action, _outcomes);
            var successors = _outcomes.States;
            var probabilities = _outcomes.Probabilities;
            var sum = 0.0;
            for (var i = 0; i < successors.Length; i++)
            {
                ModelChecks.Outcome(state, action, successors[i], probabilities[i]);
                if (probabilities[i] > 0 && !_bounds.Contains(successors[i]))
                    throw ModelValidationException.OutsideSpace(state, action, successors[i]);
                sum += probabilities[i];
            }
            ModelChecks.Sum(state, action, sum);

            var drawn = successors[Sampling.Categorical(probabilities, u)];
            var reward = ModelChecks.Reward(_dynamics, state, action, drawn);
            ModelChecks.PairReward(state, action, PairReward(state, action, reward), _likelihood);
            return (drawn, reward);
        }

        /// <summary>
        /// r(s, a), which the likelihood rule constrains: the drawn transition's reward when it ignores the successor;
        /// otherwise, under <see cref="Optimality.Exponential"/> only, its expectation over every successor, as
        /// <c>Compile()</c> checks it.
        /// </summary>
        private double PairReward(TState state, TAction action, double drawnReward)
        {
            if (!_dynamics.RewardDependsOnNext || _likelihood != Optimality.Exponential)
                return drawnReward;
            var expected = 0.0;
            for (var i = 0; i < _outcomes.Count; i++)
            {
                var (next, probability) = _outcomes[i];
                if (probability > 0)
                    expected += probability * ModelChecks.Reward(_dynamics, state, action, next);
            }
            return expected;
        }
    }
}
