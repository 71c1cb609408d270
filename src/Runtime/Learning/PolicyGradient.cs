using System;
using System.Collections.Generic;
using System.Threading;

namespace MdpDsl.Learning;

/// <summary>
/// REINFORCE with a baseline (Williams 1992) on a tabular softmax policy, with an optional entropy bonus β
/// (Levine 2018, §4.1). θ is held fixed through an episode; then, from the last step back, with the soft rewards
/// r̃ₜ = rₜ − β log π(aₜ|sₜ) and returns Gₜ = r̃ₜ + γ Gₜ₊₁, the baseline V(sₜ) moves toward Gₜ and
/// θ(sₜ, ·) ← θ(sₜ, ·) + α (Gₜ − b(sₜ)) ∇θ log π(aₜ|sₜ), with b = V when the baseline is on and 0 otherwise.
/// The γᵗ factor of the textbook gradient is left out: it reweights states, which changes how fast a tabular
/// policy learns but not where it converges — for β &gt; 0, to soft value iteration's policy at temperature β.
/// On a model with one decision state it is the gradient bandit algorithm.
/// </summary>
internal static class PolicyGradient
{
    public static LearnedTables Run(TabularSimulator simulator, double discount, PolicyGradientOptions options, IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
    {
        var agent = new Agent(simulator, discount, options);
        var returns = EpisodeLoop.Run(simulator, agent, options.Episodes, progress, cancellationToken);
        return new LearnedTables(agent.Values.Values, agent.Actor.Policy(simulator.Table), null, returns, simulator.TotalSteps);
    }

    private sealed class Agent(TabularSimulator simulator, double discount, PolicyGradientOptions options) : IAgent
    {
        // The episode so far; the lists keep their capacity, so after the longest episode no step allocates.
        private readonly List<int> _states = new();
        private readonly List<int> _actions = new();
        private readonly List<double> _rewards = new();

        public Estimates Values { get; } = new(new double[simulator.Table.StateCount], options.BaselineLearningRate);

        public SoftmaxActor Actor { get; } = new(simulator.Table, options.LearningRate);

        public int Act(int state) => Actor.Act(state, simulator.Random);

        public void Learn(int state, int action, in StepResult<int> step, int nextAction)
        {
            _states.Add(state);
            _actions.Add(action);
            _rewards.Add(options.Entropy == 0 ? step.Reward : step.Reward - options.Entropy * Actor.LogProbability(state, action));
        }

        public void EndEpisode()
        {
            var g = 0.0;
            for (var t = _states.Count - 1; t >= 0; t--)
            {
                var (state, action) = (_states[t], _actions[t]);
                g = _rewards[t] + discount * g;
                var advantage = Values.MoveToward(state, g);
                Divergence.Check(Values[state], simulator, state, action);
                Actor.Reinforce(state, action, options.Baseline ? advantage : g, simulator);
            }
            _states.Clear();
            _actions.Clear();
            _rewards.Clear();
        }
    }
}
