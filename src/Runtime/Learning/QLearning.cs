using System;
using System.Threading;
using MdpDsl.Numerics;

namespace MdpDsl.Learning;

/// <summary>
/// Q-learning (Watkins 1989), off-policy TD control: Q(s, a) ← Q(s, a) + α[r + γ max_a′ Q(s′, a′) − Q(s, a)], acting
/// ε-greedily. It learns Q* whatever the behaviour, as long as every pair keeps being tried; the result is greedy.
/// </summary>
internal static class QLearning
{
    public static LearnedTables Run(TabularSimulator simulator, double discount, QLearningOptions options, IProgress<LearningProgress>? progress, CancellationToken cancellationToken) =>
        new Agent(simulator, discount, options).Run(options.Episodes, new MaxBackup(), progress, cancellationToken);

    private sealed class Agent(TabularSimulator simulator, double discount, QLearningOptions options)
        : EpsilonGreedyAgent(simulator, discount, options)
    {
        protected override double Bootstrap(int next, int nextAction) => new MaxBackup().Value(next, Row(next));
    }
}
