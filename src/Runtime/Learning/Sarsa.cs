using System;
using System.Threading;
using MdpDsl.Numerics;

namespace MdpDsl.Learning;

/// <summary>
/// SARSA (Rummery and Niranjan 1994), on-policy TD control: Q(s, a) ← Q(s, a) + α[r + γ Q(s′, a′) − Q(s, a)] with a′
/// the ε-greedy action actually chosen next. It learns the value of its own exploring behaviour, which keeps it
/// away from states where a random action is costly; with ε decaying it tends to Q*. The result is greedy.
/// </summary>
internal static class Sarsa
{
    public static LearnedTables Run(TabularSimulator simulator, double discount, SarsaOptions options, IProgress<LearningProgress>? progress, CancellationToken cancellationToken) =>
        new Agent(simulator, discount, options).Run(options.Episodes, new MaxBackup(), progress, cancellationToken);

    private sealed class Agent(TabularSimulator simulator, double discount, SarsaOptions options)
        : EpsilonGreedyAgent(simulator, discount, options)
    {
        protected override double Bootstrap(int next, int nextAction) => Q[next * Simulator.Table.ActionCount + nextAction];
    }
}
