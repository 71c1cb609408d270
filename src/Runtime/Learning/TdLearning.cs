using System;
using System.Collections.Generic;
using System.Threading;

namespace MdpDsl.Learning;

/// <summary>
/// TD(0) evaluation of a fixed policy π (Sutton 1988): acting by π, each step computes the reward-prediction error
/// δ = r + γ V(s′) − V(s) (V(s′) = 0 after termination) and moves V(s) ← V(s) + α(n) δ. It converges to V^π, the
/// answer of exact policy evaluation.
/// </summary>
internal static class TdLearning
{
    public static (LearnedTables Tables, IReadOnlyList<IReadOnlyList<double>> PredictionErrors) Run(
        TabularSimulator simulator, double discount, double[] policy, TdOptions options, IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
    {
        var agent = new Agent(simulator, discount, policy, options.LearningRate);
        var returns = EpisodeLoop.Run(simulator, agent, options.Episodes, progress, cancellationToken);
        return (new LearnedTables(agent.V.Values, policy, null, returns, simulator.TotalSteps, simulator.PairVisits), agent.PredictionErrors);
    }

    private sealed class Agent(TabularSimulator simulator, double discount, double[] policy, Schedule learningRate) : IAgent
    {
        private readonly int _actions = simulator.Table.ActionCount;
        private readonly List<double> _episode = new();

        public Estimates V { get; } = new(new double[simulator.Table.StateCount], learningRate);

        public List<IReadOnlyList<double>> PredictionErrors { get; } = new();

        public int Act(int state) => Sampling.Categorical(policy.AsSpan(state * _actions, _actions), simulator.Random.NextDouble());

        public void Learn(int state, int action, in StepResult<int> step, int nextAction)
        {
            var target = step.Terminated ? step.Reward : step.Reward + discount * V[step.Next];
            var delta = V.MoveToward(state, target);
            Divergence.Check(V[state], simulator, state, action);
            // The list keeps its capacity across episodes, so after the longest one no step allocates.
            _episode.Add(delta);
        }

        public void EndEpisode()
        {
            PredictionErrors.Add(_episode.ToArray());
            _episode.Clear();
        }
    }
}
