using System;
using System.Threading;

namespace MdpDsl.Learning;

/// <summary>
/// One-step actor-critic with a tabular softmax actor and a tabular critic, both driven by the same
/// reward-prediction error δ = r + γ V(s′) − V(s): the critic moves V(s) ← V(s) + α_c δ and the actor
/// θ(s, ·) ← θ(s, ·) + α_a δ ∇θ log π(a|s). The result is the actor's stochastic policy and the critic's V.
/// </summary>
internal static class ActorCritic
{
    public static LearnedTables Run(TabularSimulator simulator, double discount, ActorCriticOptions options, IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
    {
        var agent = new Agent(simulator, discount, options);
        var returns = EpisodeLoop.Run(simulator, agent, options.Episodes, progress, cancellationToken);
        return new LearnedTables(agent.Critic.Values, agent.Actor.Policy(simulator.Table), null, returns, simulator.TotalSteps);
    }

    private sealed class Agent(TabularSimulator simulator, double discount, ActorCriticOptions options) : IAgent
    {
        public Estimates Critic { get; } = new(new double[simulator.Table.StateCount], options.LearningRate);

        public SoftmaxActor Actor { get; } = new(simulator.Table, options.ActorLearningRate);

        public int Act(int state) => Actor.Act(state, simulator.Random);

        public void Learn(int state, int action, in StepResult<int> step, int nextAction)
        {
            var target = step.Terminated ? step.Reward : step.Reward + discount * Critic[step.Next];
            var delta = Critic.MoveToward(state, target);
            Divergence.Check(Critic[state], simulator, state, action);
            Actor.Reinforce(state, action, delta, simulator);
        }
    }
}
