using System;
using MdpDsl.Storage;

namespace MdpDsl.Learning;

/// <summary>
/// The simulator on state and action indices, shared by <see cref="Simulator{TState, TAction}"/> and the learners:
/// it samples start states from the initial distribution and successors from the rows of the
/// <see cref="TransitionTable"/>, and pays the reward stored with the sampled entry, so models with rewards
/// r(s, a, s') are simulated exactly. A step allocates nothing.
/// </summary>
internal sealed class TabularSimulator
{
    private readonly int[] _starts;
    private readonly double[] _startProbabilities;
    private readonly Func<int, object?> _describeState;
    private readonly Func<int, object?> _describeAction;
    private readonly long[] _pairVisits;
    private int _state = -1;
    private bool _terminated;

    /// <param name="table">The dynamics.</param>
    /// <param name="initial">The start distribution over state indices.</param>
    /// <param name="stepLimit">The steps after which an episode is truncated.</param>
    /// <param name="random">The source of every sample.</param>
    /// <param name="describeState">The typed state of an index, for messages.</param>
    /// <param name="describeAction">The typed action of an index, for messages.</param>
    public TabularSimulator(TransitionTable table, double[] initial, int stepLimit, Random random, Func<int, object?> describeState, Func<int, object?> describeAction)
    {
        if (stepLimit < 1)
            throw new ArgumentOutOfRangeException(nameof(stepLimit), stepLimit, "The step limit must be at least 1.");
        var starts = 0;
        foreach (var p in initial)
            starts += p > 0 ? 1 : 0;
        if (starts == 0)
            throw new InvalidOperationException("The model has no initial state, so an episode has nowhere to start. Add an [Initial] member (or TabularMdpOptions.Initial for a model from arrays).");

        _starts = new int[starts];
        _startProbabilities = new double[starts];
        for (int s = 0, i = 0; s < initial.Length; s++)
        {
            if (initial[s] > 0)
                (_starts[i], _startProbabilities[i++]) = (s, initial[s]);
        }
        Table = table;
        _pairVisits = new long[table.StateCount * table.ActionCount];
        StepLimit = stepLimit;
        Random = random;
        _describeState = describeState;
        _describeAction = describeAction;
    }

    public TransitionTable Table { get; }

    public int StepLimit { get; }

    public Random Random { get; private set; }

    /// <summary>The current state, or -1 before the first <see cref="Reset"/>.</summary>
    public int State => _state;

    /// <summary>The steps taken in the current episode.</summary>
    public int Steps { get; private set; }

    /// <summary>The steps taken since the simulator was made, over every episode.</summary>
    public long TotalSteps { get; private set; }

    /// <summary>The steps taken from each (state, action) pair since the simulator was made, at s · A + a.</summary>
    public long[] PairVisits => _pairVisits;

    /// <summary>The current episode is over: it reached a terminal state or the step limit.</summary>
    public bool IsDone => _terminated || Steps == StepLimit;

    public void Reseed(int seed) => Random = Seeding.Random(seed);

    /// <summary>Starts an episode in a state drawn from the initial distribution (it may be terminal, and then is already over).</summary>
    public int Reset()
    {
        _state = _starts[Sampling.Categorical(_startProbabilities, Random.NextDouble())];
        _terminated = Table.IsTerminal(_state);
        Steps = 0;
        return _state;
    }

    /// <summary>Takes <paramref name="action"/> in the current state and samples the successor.</summary>
    /// <exception cref="InvalidOperationException">No episode has started, or the current one is over.</exception>
    /// <exception cref="ArgumentException">The action is not allowed in the current state.</exception>
    public StepResult<int> Step(int action)
    {
        if (_state < 0)
            throw new InvalidOperationException("Call Reset to start an episode before the first step.");
        if (IsDone)
            throw new InvalidOperationException(_terminated
                ? $"The episode ended in the terminal state {DescribeState(_state)}; call Reset to start a new one."
                : $"The episode was truncated at the step limit of {StepLimit}; call Reset to start a new one.");
        if ((uint)action >= (uint)Table.ActionCount)
            throw new ArgumentOutOfRangeException(nameof(action), action, $"The action index must lie in [0, {Table.ActionCount}).");
        if (!Table.IsAllowed(_state, action))
            throw new ArgumentException($"Action {DescribeAction(action)} is not allowed in state {DescribeState(_state)}.", nameof(action));

        var range = Table.RowRange(_state, action);
        var entry = range.Start.Value;
        if (Table.Probabilities is { } probabilities)
            entry += Sampling.Categorical(probabilities.AsSpan(range), Random.NextDouble());
        var next = Table.Successors[entry];
        var reward = Table.TransitionReward(_state, action, entry);

        _pairVisits[_state * Table.ActionCount + action]++;
        _state = next;
        _terminated = Table.IsTerminal(next);
        Steps++;
        TotalSteps++;
        return new StepResult<int>(next, reward, _terminated, !_terminated && Steps == StepLimit);
    }

    public object? DescribeState(int state) => _describeState(state);

    public object? DescribeAction(int action) => _describeAction(action);
}
