using System;

namespace MdpDsl.Learning;

/// <summary>
/// The tabular simulator as an <see cref="ILearningEnvironment{TState}"/> on state indices. Step sizes count the
/// updates of each (state, action) pair for the critic and of each state for the actor, so that with a decaying
/// schedule every entry follows its own Robbins–Monro sequence, however rarely it is visited.
/// </summary>
internal sealed class TabularEnvironment(TabularSimulator simulator) : ILearningEnvironment<int>
{
    private readonly long[] _criticUpdates = new long[simulator.Table.StateCount * simulator.Table.ActionCount];
    private readonly long[] _actorUpdates = new long[simulator.Table.StateCount];

    public TabularSimulator Simulator => simulator;

    public int ActionCount => simulator.Table.ActionCount;

    public Random Random => simulator.Random;

    public bool IsDone => simulator.IsDone;

    public long TotalSteps => simulator.TotalSteps;

    public int Reset() => simulator.Reset();

    public StepResult<int> Step(int action) => simulator.Step(action);

    public bool IsAllowed(int state, int action) => simulator.Table.IsAllowed(state, action);

    public long CountCriticUpdate(int state, int action) => ++_criticUpdates[state * ActionCount + action];

    public long CountActorUpdate(int state) => ++_actorUpdates[state];

    public object? DescribeState(int state) => simulator.DescribeState(state);

    public object? DescribeAction(int action) => simulator.DescribeAction(action);

    /// <summary>The critic's Q as a table laid out like <see cref="ActionRows"/>: −∞ on disallowed pairs, 0 in terminal states.</summary>
    public double[] ValuesOf(ISoftCritic<int> critic)
    {
        var table = simulator.Table;
        var q = ActionRows.Zeros(table);
        for (var s = 0; s < table.StateCount; s++)
        {
            if (table.IsTerminal(s))
                continue;
            for (var a = 0; a < ActionCount; a++)
            {
                if (table.IsAllowed(s, a))
                    q[s * ActionCount + a] = critic.Value(s, a);
            }
        }
        return q;
    }
}
