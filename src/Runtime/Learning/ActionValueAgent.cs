using System;
using System.Threading;
using MdpDsl.Numerics;

namespace MdpDsl.Learning;

/// <summary>
/// The learners of Q by one-step temporal differences, Q(s, a) ← Q(s, a) + α(n)·[r + γ·B(s′, a′) − Q(s, a)] with
/// B = 0 after termination. They differ only in their behaviour (<see cref="Act"/>) and in what the target
/// bootstraps from (<see cref="Bootstrap"/>).
/// </summary>
internal abstract class ActionValueAgent : IAgent
{
    private readonly double _discount;

    protected ActionValueAgent(TabularSimulator simulator, double discount, Schedule learningRate)
    {
        Simulator = simulator;
        _discount = discount;
        Q = new Estimates(ActionRows.Zeros(simulator.Table), learningRate);
    }

    protected TabularSimulator Simulator { get; }

    protected Estimates Q { get; }

    public abstract int Act(int state);

    /// <summary>B(s′, a′): the value the target takes from the next state and the action chosen there.</summary>
    protected abstract double Bootstrap(int next, int nextAction);

    public void Learn(int state, int action, in StepResult<int> step, int nextAction)
    {
        var target = step.Terminated ? step.Reward : step.Reward + _discount * Bootstrap(step.Next, nextAction);
        var pair = state * Simulator.Table.ActionCount + action;
        Q.MoveToward(pair, target);
        Divergence.Check(Q[pair], Simulator, state, action);
    }

    /// <summary>Learns for <paramref name="episodes"/> episodes; V and the policy are those <paramref name="backup"/> makes of the learned Q.</summary>
    public LearnedTables Run<TBackup>(int episodes, TBackup backup, IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
        where TBackup : struct, IBackup
    {
        var returns = EpisodeLoop.Run(Simulator, this, episodes, progress, cancellationToken);
        var (v, policy) = ActionRows.Backup(Simulator.Table, Q.Values, backup);
        return new LearnedTables(v, policy, Q.Values, returns, Simulator.TotalSteps, Simulator.PairVisits);
    }

    protected ReadOnlySpan<double> Row(int state) => Q.Row(state, Simulator.Table.ActionCount);
}
