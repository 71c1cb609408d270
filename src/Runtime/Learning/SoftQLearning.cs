using System;
using System.Threading;
using MdpDsl.Numerics;

namespace MdpDsl.Learning;

/// <summary>
/// Soft Q-learning (Levine 2018, §4.2; Haarnoja et al. 2017 in tabular form):
/// Q(s, a) ← Q(s, a) + α[r + γ·T·log Σ_a′ exp(Q(s′, a′) / T) − Q(s, a)], acting by the Boltzmann policy
/// π(a|s) = exp((Q(s, a) − V(s)) / T). Its fixed point is soft value iteration's at the same temperature.
/// </summary>
internal static class SoftQLearning
{
    public static LearnedTables Run(TabularSimulator simulator, double discount, SoftQLearningOptions options, IProgress<LearningProgress>? progress, CancellationToken cancellationToken) =>
        new Agent(simulator, discount, options).Run(options.Episodes, new SoftBackup(options.Temperature), progress, cancellationToken);

    private sealed class Agent(TabularSimulator simulator, double discount, SoftQLearningOptions options)
        : ActionValueAgent(simulator, discount, options.LearningRate)
    {
        private readonly SoftBackup _backup = new(options.Temperature);
        private readonly double[] _probabilities = new double[simulator.Table.ActionCount];

        public override int Act(int state) => Sampling.Boltzmann(Row(state), options.Temperature, _probabilities, Simulator.Random);

        protected override double Bootstrap(int next, int nextAction) => _backup.Value(next, Row(next));
    }
}
