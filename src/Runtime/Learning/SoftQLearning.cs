using System;
using System.Threading;
using MdpDsl.Numerics;

namespace MdpDsl.Learning;

/// <summary>
/// Soft Q-learning (Levine 2018, §4.2; Haarnoja et al. 2017): Q(s, a) moves toward r + γ·T·log Σ_a′ exp(Q̄(s′, a′) / T),
/// acting by the Boltzmann policy π(a|s) = exp((Q(s, a) − V(s)) / T). Q̄ is the critic's target copy when the options
/// ask for one, otherwise the critic itself. It learns from each transition as it happens, or, with a batch size,
/// from batches replayed out of a buffer of recent ones. Its fixed point is soft value iteration's at the same
/// temperature. One implementation serves state indices (the tabular path) and typed states (the approximate path).
/// </summary>
internal static class SoftQLearning
{
    public static LearnedTables Run(TabularSimulator simulator, double discount, SoftQLearningOptions options, IProgress<LearningProgress>? progress, CancellationToken cancellationToken)
    {
        var environment = new TabularEnvironment(simulator);
        var critic = new TabularSoftCritic(simulator.Table);
        var returns = EpisodeLoop.Run<int, TabularEnvironment, Agent<int>>(
            environment, new Agent<int>(environment, discount, options, critic), options.Episodes, progress, cancellationToken);
        var q = environment.ValuesOf(critic);
        var (v, policy) = ActionRows.Backup(simulator.Table, q, new SoftBackup(options.Temperature));
        return new LearnedTables(v, policy, q, returns, simulator.TotalSteps, simulator.PairVisits);
    }

    /// <returns>The learning curve; the critic has learned in place.</returns>
    public static double[] Run<TState>(
        ILearningEnvironment<TState> environment, double discount, SoftQLearningOptions options, ISoftCritic<TState> critic,
        IProgress<LearningProgress>? progress, CancellationToken cancellationToken) =>
        EpisodeLoop.Run<TState, ILearningEnvironment<TState>, Agent<TState>>(
            environment, new Agent<TState>(environment, discount, options, critic), options.Episodes, progress, cancellationToken);

    private sealed class Agent<TState>(ILearningEnvironment<TState> environment, double discount, SoftQLearningOptions options, ISoftCritic<TState> critic)
        : IAgent<TState>
    {
        private readonly ReplayBuffer<TState>? _replay = options.BatchSize > 0 ? new(options.ReplayCapacity) : null;
        private readonly TargetNetwork _targetNetwork = new(options.TargetSmoothing, options.TargetCopyInterval);
        private readonly double[] _row = new double[environment.ActionCount];
        private readonly double[] _probabilities = new double[environment.ActionCount];

        public int Act(TState state) => Sampling.Boltzmann(Row(state, target: false), options.Temperature, _probabilities, environment.Random);

        public void Learn(TState state, int action, in StepResult<TState> step, int nextAction)
        {
            var transition = new Transition<TState>(state, action, step.Reward, step.Next, step.Terminated);
            if (_replay is null)
            {
                Update(transition);
                return;
            }
            _replay.Add(transition);
            if (_replay.Count < options.BatchSize)
                return;
            for (var i = 0; i < options.BatchSize; i++)
                Update(_replay.Sample(environment.Random));
            _targetNetwork.AfterBatch(critic);
        }

        private void Update(in Transition<TState> t)
        {
            var target = t.Terminated
                ? t.Reward
                : t.Reward + discount * LogSumExp.SoftMaximum(Row(t.Next, _targetNetwork.Exists), options.Temperature);
            critic.Update(t.State, t.Action, target, options.LearningRate.At(environment.CountCriticUpdate(t.State, t.Action)));
            Divergence.Check(critic.Value(t.State, t.Action), environment, t.State, t.Action);
        }

        /// <summary>Q(s, ·) or Q̄(s, ·), −∞ on the actions not allowed in <paramref name="state"/>.</summary>
        private ReadOnlySpan<double> Row(TState state, bool target)
        {
            for (var a = 0; a < _row.Length; a++)
            {
                _row[a] = !environment.IsAllowed(state, a) ? double.NegativeInfinity
                    : target ? critic.TargetValue(state, a)
                    : critic.Value(state, a);
            }
            return _row;
        }
    }
}
