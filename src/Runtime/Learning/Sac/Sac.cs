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
/// then the target critic follows the critic. At a fixed temperature its fixed point is soft value iteration's at
/// T = α. One implementation serves state indices (the tabular path) and typed states (the approximate path).
/// </summary>
internal static class Sac
{
    public static (LearnedTables Tables, double Temperature) Run(
        TabularSimulator simulator, double discount, SacOptions options, ISoftCritic<int> critic, ISoftActor<int> actor,
        IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
    {
        var environment = new TabularEnvironment(simulator);
        var agent = new Agent<int>(environment, discount, options, critic, actor);
        var returns = EpisodeLoop.Run<int, TabularEnvironment, Agent<int>>(environment, agent, options.Episodes, progress, cancellationToken);
        return (Tables(environment, agent, critic, actor, returns), agent.Temperature);
    }

    /// <returns>The learning curve and the final temperature; the critic and actor have learned in place.</returns>
    public static (double[] Returns, double Temperature) Run<TState>(
        ILearningEnvironment<TState> environment, double discount, SacOptions options, ISoftCritic<TState> critic, ISoftActor<TState> actor,
        IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
    {
        var agent = new Agent<TState>(environment, discount, options, critic, actor);
        var returns = EpisodeLoop.Run<TState, ILearningEnvironment<TState>, Agent<TState>>(environment, agent, options.Episodes, progress, cancellationToken);
        return (returns, agent.Temperature);
    }

    private static LearnedTables Tables(TabularEnvironment environment, Agent<int> agent, ISoftCritic<int> critic, ISoftActor<int> actor, double[] returns)
    {
        var simulator = environment.Simulator;
        var table = simulator.Table;
        var actions = table.ActionCount;
        var q = environment.ValuesOf(critic);
        var v = new double[table.StateCount];
        var policy = new double[q.Length];
        for (var s = 0; s < table.StateCount; s++)
        {
            if (table.IsTerminal(s))
                continue;
            v[s] = agent.SoftValue(s, agent.Temperature, target: false);
            actor.Probabilities(s, policy.AsSpan(s * actions, actions));
        }
        return new LearnedTables(v, policy, q, returns, simulator.TotalSteps, simulator.PairVisits);
    }

    private sealed class Agent<TState>(ILearningEnvironment<TState> environment, double discount, SacOptions options, ISoftCritic<TState> critic, ISoftActor<TState> actor)
        : IAgent<TState>
    {
        private readonly int _actions = environment.ActionCount;
        private readonly ReplayBuffer<TState> _replay = new(options.ReplayCapacity);
        private readonly TargetNetwork _targetNetwork = new(options.TargetSmoothing, options.TargetCopyInterval);
        private readonly double[] _probabilities = new double[environment.ActionCount];
        private readonly double[] _gradient = new double[environment.ActionCount];
        private long _batches;
        private double _logTemperature = Math.Log(options.Temperature);

        public double Temperature => Math.Exp(_logTemperature);

        public int Act(TState state)
        {
            actor.Probabilities(state, _probabilities);
            return Sampling.Categorical(_probabilities, environment.Random.NextDouble());
        }

        public void Learn(TState state, int action, in StepResult<TState> step, int nextAction)
        {
            _replay.Add(new Transition<TState>(state, action, step.Reward, step.Next, step.Terminated));
            if (_replay.Count >= options.BatchSize)
                Replay();
        }

        /// <summary>V(s) = Σ_a π(a|s)[Q(s, a) − α log π(a|s)], from the target critic or the critic itself.</summary>
        public double SoftValue(TState state, double temperature, bool target)
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

        private void Replay()
        {
            var temperature = Temperature;
            var entropy = 0.0;
            var last = default(Transition<TState>);
            for (var i = 0; i < options.BatchSize; i++)
            {
                last = _replay.Sample(environment.Random);
                EvaluateCritic(last, temperature);
                entropy += ImproveActor(last.State, temperature);
            }
            if (options.TargetEntropy is { } targetEntropy)
            {
                _logTemperature -= options.TemperatureLearningRate.At(++_batches) * (entropy / options.BatchSize - targetEntropy);
                Divergence.Check(_logTemperature, environment, last.State, last.Action);
            }
            _targetNetwork.AfterBatch(critic);
        }

        private void EvaluateCritic(in Transition<TState> t, double temperature)
        {
            var target = t.Terminated ? t.Reward : t.Reward + discount * SoftValue(t.Next, temperature, target: true);
            var rate = options.LearningRate.At(environment.CountCriticUpdate(t.State, t.Action));
            critic.Update(t.State, t.Action, target, rate);
            Divergence.Check(critic.Value(t.State, t.Action), environment, t.State, t.Action);
        }

        /// <summary>One step of the actor in <paramref name="state"/>; returns the entropy of π(·|s) before it.</summary>
        private double ImproveActor(TState state, double temperature)
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
                Divergence.Check(_gradient[b], environment, state, b);
            }
            actor.Descend(state, _gradient, options.ActorLearningRate.At(environment.CountActorUpdate(state)));
            return entropy;
        }
    }
}
