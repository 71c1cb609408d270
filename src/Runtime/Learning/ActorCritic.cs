using System;
using System.Threading;

namespace MdpDsl.Learning;

/// <summary>
/// One-step actor-critic with a tabular softmax actor and a tabular critic, driven by the reward-prediction error.
/// At temperature T (0 for the plain algorithm) it is the soft, on-policy actor-critic:
/// <list type="bullet">
/// <item>critic: δ = r − T log π(a|s) + γ V(s′) − V(s) and V(s) ← V(s) + α_c δ, so that V tends to the soft value
/// V^π(s) = Σ_a π(a|s)[Q^π(s, a) − T log π(a|s)] of the actor's policy;</item>
/// <item>actor: θ(s, b) ← θ(s, b) + α_a [A (1[b = a] − π(b|s)) − T π(b|s)(log π(b|s) + H(π(·|s)))] with
/// A = δ + T(log π(a|s) + H(π(·|s))) = r + γ V(s′) − (V(s) − T H(π(·|s))).</item>
/// </list>
/// A samples Q^π(s, a) = r + γ E V^π(s′) less the state's baseline V(s) − T H = Σ_a π Q^π, and the second term is the
/// exact gradient of T·H(π(·|s)); together they follow ∇θ Σ_a π(a|s)[Q^π(s, a) − T log π(a|s)], whose zero is
/// π(b|s) ∝ exp(Q^π(s, b)/T): soft policy iteration's fixed point, soft value iteration's solution at T (the
/// derivation is in <see cref="PolicyGradient"/>). The entropy's gradient is not left to the sampled −T log π(a|s)
/// (A adds it back), which has the same expectation but a large value whenever a rare action is drawn. The result is
/// the actor's policy and the critic's V.
/// </summary>
internal static class ActorCritic
{
    public static LearnedTables Run(TabularSimulator simulator, double discount, ActorCriticOptions options, IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
    {
        var agent = new Agent(simulator, discount, options);
        var returns = EpisodeLoop.Run(simulator, agent, options.Episodes, progress, cancellationToken);
        return new LearnedTables(agent.Critic.Values, agent.Actor.Policy(simulator.Table), null, returns, simulator.TotalSteps, simulator.PairVisits);
    }

    private sealed class Agent(TabularSimulator simulator, double discount, ActorCriticOptions options) : IAgent
    {
        public Estimates Critic { get; } = new(new double[simulator.Table.StateCount], options.LearningRate);

        public SoftmaxActor Actor { get; } = new(simulator.Table, options.ActorLearningRate);

        public int Act(int state) => Actor.Act(state, simulator.Random);

        public void Learn(int state, int action, in StepResult<int> step, int nextAction)
        {
            var temperature = options.Temperature;
            var surprise = temperature == 0 ? 0 : -temperature * Actor.LogProbability(state, action);
            var target = step.Reward + surprise + (step.Terminated ? 0 : discount * Critic[step.Next]);
            var delta = Critic.MoveToward(state, target);
            Divergence.Check(Critic[state], simulator, state, action);
            var advantage = temperature == 0 ? delta : delta - surprise + temperature * Actor.Entropy(state);
            Actor.Reinforce(state, action, advantage, temperature, simulator);
        }
    }
}
