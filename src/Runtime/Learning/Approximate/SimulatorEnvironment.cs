using System;
using System.Collections.Generic;

namespace MdpDsl.Learning;

/// <summary>
/// A simulator of typed states as an <see cref="ILearningEnvironment{TState}"/>, for the approximate learners. States
/// are not enumerated, so the step-size counts are global: all critic updates, all actor updates. The first episode
/// reseeds the simulator with the run's seed, so that the same seed repeats the run. Rewards are checked as they come,
/// since no table was validated beforehand.
/// </summary>
internal sealed class SimulatorEnvironment<TState, TAction>(ISimulator<TState, TAction> simulator, int seed) : ILearningEnvironment<TState>
    where TState : notnull
    where TAction : struct
{
    private readonly IReadOnlyList<TAction> _actions = simulator.Actions;
    private long _criticUpdates;
    private long _actorUpdates;
    private bool _started;

    public int ActionCount => _actions.Count;

    public Random Random { get; } = Seeding.Random(seed);

    public bool IsDone => simulator.IsDone;

    public long TotalSteps { get; private set; }

    public TState Reset()
    {
        var state = simulator.Reset(_started ? null : seed);
        _started = true;
        return state;
    }

    /// <exception cref="ModelValidationException">The simulator paid a reward that is NaN or infinite.</exception>
    public StepResult<TState> Step(int action)
    {
        var state = simulator.State;
        var step = simulator.Step(_actions[action]);
        TotalSteps++;
        if (!double.IsFinite(step.Reward))
            throw ModelValidationException.BadReward(state, _actions[action], step.Reward);
        return step;
    }

    public bool IsAllowed(TState state, int action) => simulator.IsAllowed(state, _actions[action]);

    public long CountCriticUpdate(TState state, int action) => ++_criticUpdates;

    public long CountActorUpdate(TState state) => ++_actorUpdates;

    public object? DescribeState(TState state) => state;

    public object? DescribeAction(int action) => _actions[action];
}
