using System;
using System.Threading;

namespace MdpDsl.Learning;

/// <summary>
/// Discrete-action soft actor-critic (Haarnoja et al. 2018; Christodoulou 2019 for discrete actions). Acting by the
/// actor, it stores each transition and then replays a batch of stored ones; for each replayed (s, a, r, s′):
/// <list type="bullet">
/// <item>soft policy evaluation: Q(s, a) moves toward r + γ Σ_a′ π(a′|s′)[Q̄(s′, a′) − α log π(a′|s′)], with Q̄ the target critic;</item>
/// <item>policy improvement: one gradient step of the actor on KL(π(·|s) ‖ exp(Q(s, ·)/α)/Z), the projection of
/// soft policy iteration, whose gradient with respect to the logits is π(b|s)[f(b) − Σ_a π(a|s) f(a)] with
/// f(b) = α log π(b|s) − Q(s, b).</item>
/// </list>
/// After the batch, with a target entropy H̄, log α ← log α − η (H − H̄) with H the batch's mean policy entropy;
/// then Q̄ ← τ Q + (1 − τ) Q̄. At a fixed temperature its fixed point is soft value iteration's at T = α.
/// </summary>
internal static class Sac
{
    public static (LearnedTables Tables, double Temperature) Run(
        TabularSimulator simulator, double discount, SacOptions options, ISoftCritic critic, ISoftActor actor,
        IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
    {
        var agent = new Agent(simulator, discount, options, critic, actor);
        var returns = EpisodeLoop.Run(simulator, agent, options.Episodes, progress, cancellationToken);
        return (agent.Tables(returns), agent.Temperature);
    }

    private sealed class Agent(TabularSimulator simulator, double discount, SacOptions options, ISoftCritic critic, ISoftActor actor) : IAgent
    {
        private readonly int _actions = simulator.Table.ActionCount;
        private readonly ReplayBuffer _replay = new(options.ReplayCapacity);
        private readonly double[] _probabilities = new double[simulator.Table.ActionCount];
        private readonly double[] _gradient = new double[simulator.Table.ActionCount];
        private readonly long[] _pairUpdates = new long[simulator.Table.StateCount * simulator.Table.ActionCount];
        private readonly long[] _stateUpdates = new long[simulator.Table.StateCount];
        private long _batches;
        private double _logTemperature = Math.Log(options.Temperature);

        public double Temperature => Math.Exp(_logTemperature);

        public int Act(int state)
        {
            actor.Probabilities(state, _probabilities);
            return Sampling.Categorical(_probabilities, simulator.Random.NextDouble());
        }

        public void Learn(int state, int action, in StepResult<int> step, int nextAction)
        {
            _replay.Add(new Transition(state, action, step.Reward, step.Next, step.Terminated));
            if (_replay.Count >= options.BatchSize)
                Replay();
        }

        public LearnedTables Tables(double[] returns)
        {
            var table = simulator.Table;
            var q = ActionRows.Zeros(table);
            var v = new double[table.StateCount];
            var policy = new double[q.Length];
            for (var s = 0; s < table.StateCount; s++)
            {
                if (table.IsTerminal(s))
                    continue;
                for (var a = 0; a < _actions; a++)
                {
                    if (table.IsAllowed(s, a))
                        q[s * _actions + a] = critic.Value(s, a);
                }
                v[s] = SoftValue(s, Temperature, target: false);
                actor.Probabilities(s, policy.AsSpan(s * _actions, _actions));
            }
            return new LearnedTables(v, policy, q, returns, simulator.TotalSteps, simulator.PairVisits);
        }

        private void Replay()
        {
            var temperature = Temperature;
            var entropy = 0.0;
            var last = default(Transition);
            for (var i = 0; i < options.BatchSize; i++)
            {
                last = _replay.Sample(simulator.Random);
                EvaluateCritic(last, temperature);
                entropy += ImproveActor(last.State, temperature);
            }
            if (options.TargetEntropy is { } targetEntropy)
            {
                _logTemperature -= options.TemperatureLearningRate.At(++_batches) * (entropy / options.BatchSize - targetEntropy);
                Divergence.Check(_logTemperature, simulator, last.State, last.Action);
            }
            critic.UpdateTarget(options.TargetSmoothing);
        }

        private void EvaluateCritic(in Transition t, double temperature)
        {
            var target = t.Terminated ? t.Reward : t.Reward + discount * SoftValue(t.Next, temperature, target: true);
            var rate = options.LearningRate.At(++_pairUpdates[t.State * _actions + t.Action]);
            critic.Update(t.State, t.Action, target, rate);
            Divergence.Check(critic.Value(t.State, t.Action), simulator, t.State, t.Action);
        }

        /// <summary>One step of the actor in <paramref name="state"/>; returns the entropy of π(·|s) before it.</summary>
        private double ImproveActor(int state, double temperature)
        {
            actor.Probabilities(state, _probabilities);
            var objective = 0.0;
            var entropy = 0.0;
            for (var b = 0; b < _actions; b++)
            {
                var p = _probabilities[b];
                _gradient[b] = 0;
                // An action with no probability contributes nothing, and its log would be −∞.
                if (p <= 0)
                    continue;
                var logP = Math.Log(p);
                _gradient[b] = temperature * logP - critic.Value(state, b);
                objective += p * _gradient[b];
                entropy -= p * logP;
            }
            for (var b = 0; b < _actions; b++)
            {
                _gradient[b] = _probabilities[b] * (_gradient[b] - objective);
                Divergence.Check(_gradient[b], simulator, state, b);
            }
            actor.Descend(state, _gradient, options.ActorLearningRate.At(++_stateUpdates[state]));
            return entropy;
        }

        /// <summary>V(s) = Σ_a π(a|s)[Q(s, a) − α log π(a|s)], from the target critic or the critic itself.</summary>
        private double SoftValue(int state, double temperature, bool target)
        {
            actor.Probabilities(state, _probabilities);
            var value = 0.0;
            for (var a = 0; a < _actions; a++)
            {
                var p = _probabilities[a];
                if (p > 0)
                    value += p * ((target ? critic.TargetValue(state, a) : critic.Value(state, a)) - temperature * Math.Log(p));
            }
            return value;
        }
    }
}
