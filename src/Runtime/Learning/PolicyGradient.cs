using System;
using System.Collections.Generic;
using System.Threading;

namespace MdpDsl.Learning;

/// <summary>
/// REINFORCE with a baseline (Williams 1992) on a tabular softmax policy, with an optional entropy weight β
/// (Levine 2018, §4.1). θ is held fixed through an episode; then, from the last step back, with the soft return
/// Ĝₜ = rₜ + β Hₜ + γ Ĝₜ₊₁ (Hₜ the entropy of π(·|sₜ)), the baseline V(sₜ) moves toward Ĝₜ and
/// θ(sₜ, b) ← θ(sₜ, b) + α [Aₜ (1[b = aₜ] − π(b|sₜ)) − β π(b|sₜ)(log π(b|sₜ) + Hₜ)], with Aₜ = Ĝₜ − V(sₜ) when
/// the baseline is on and Aₜ = Ĝₜ − β Hₜ otherwise.
/// <para>
/// Why this converges to soft value iteration's policy at T = β. The objective is J = E[Σₜ γᵗ (rₜ + β Hₜ)]. With
/// V^π(s) = Σ_a π(a|s)[Q^π(s, a) − β log π(a|s)] and Q^π(s, a) = r(s, a) + γ E V^π(s′), the term Σ_a π ∇log π = 0
/// drops out of ∇V^π and the policy gradient theorem gives ∇J = Σ_s d(s) Σ_a ∇π(a|s)[Q^π(s, a) − β log π(a|s)],
/// d the discounted visitation. For the logits of one state the component of b is
/// d(s) π(b|s)[(Q^π(s, b) − β log π(b|s)) − Σ_a π(a|s)(Q^π(s, a) − β log π(a|s))], which vanishes (π &gt; 0 under a
/// softmax) exactly when Q^π(s, b) − β log π(b|s) is the same for every b: π(b|s) ∝ exp(Q^π(s, b)/β), the fixed point
/// of soft policy iteration, which is soft value iteration's solution at T = β without an action prior. The gradient
/// splits into Σ_a ∇π Q^π, sampled as (Gₜ − baseline) ∇log π(aₜ|sₜ) with Gₜ = rₜ + γ Ĝₜ₊₁ an unbiased sample of
/// Q^π(sₜ, aₜ), and −β Σ_a ∇π log π = β ∇H, taken exactly, for every action, at every visited state. The baseline
/// V(sₜ) − β Hₜ depends on the state alone and centres the signal: Gₜ − (V(sₜ) − β Hₜ) = Ĝₜ − V(sₜ).
/// d(s) multiplies a whole state's gradient, so the state weighting — the γᵗ factor of the textbook gradient, left
/// out here, or its absence — changes how fast each state learns but not where it settles: each state's own
/// component must vanish.
/// </para>
/// On a model with one decision state it is the gradient bandit algorithm.
/// </summary>
internal static class PolicyGradient
{
    public static LearnedTables Run(TabularSimulator simulator, double discount, PolicyGradientOptions options, IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
    {
        var agent = new Agent(simulator, discount, options);
        var returns = EpisodeLoop.Run(simulator, agent, options.Episodes, progress, cancellationToken);
        return new LearnedTables(agent.Values.Values, agent.Actor.Policy(simulator.Table), null, returns, simulator.TotalSteps, simulator.PairVisits);
    }

    private sealed class Agent(TabularSimulator simulator, double discount, PolicyGradientOptions options) : IAgent
    {
        // The episode so far; the lists keep their capacity, so after the longest episode no step allocates.
        private readonly List<int> _states = new();
        private readonly List<int> _actions = new();
        private readonly List<double> _rewards = new();
        private readonly List<double> _entropyBonuses = new();

        public Estimates Values { get; } = new(new double[simulator.Table.StateCount], options.BaselineLearningRate);

        public SoftmaxActor Actor { get; } = new(simulator.Table, options.LearningRate);

        public int Act(int state) => Actor.Act(state, simulator.Random);

        public void Learn(int state, int action, in StepResult<int> step, int nextAction)
        {
            _states.Add(state);
            _actions.Add(action);
            _rewards.Add(step.Reward);
            _entropyBonuses.Add(options.Entropy == 0 ? 0 : options.Entropy * Actor.Entropy(state));
        }

        public void EndEpisode()
        {
            var softReturn = 0.0;
            for (var t = _states.Count - 1; t >= 0; t--)
            {
                var (state, action) = (_states[t], _actions[t]);
                softReturn = _rewards[t] + _entropyBonuses[t] + discount * softReturn;
                var advantage = Values.MoveToward(state, softReturn);
                Divergence.Check(Values[state], simulator, state, action);
                Actor.Reinforce(state, action, options.Baseline ? advantage : softReturn - _entropyBonuses[t], options.Entropy, simulator);
            }
            _states.Clear();
            _actions.Clear();
            _rewards.Clear();
            _entropyBonuses.Clear();
        }
    }
}
