using System;
using System.Threading;
using MdpDsl.Numerics;
using MdpDsl.Solvers;
using MdpDsl.Storage;

namespace MdpDsl.Inference;

/// <summary>What maximum-entropy IRL found, by index.</summary>
internal sealed record MaxEntIrlRun(double[] Weights, double[] Rewards, DynamicProgrammingResult Solution, double[] LogLikelihoods);

/// <summary>
/// Maximum-entropy inverse reinforcement learning (Ziebart et al. 2008): find linear reward weights θ under
/// which the soft-optimal policy (soft value iteration, temperature 1, finite horizon) makes the demonstrations
/// most likely. Gradient ascent on the mean log-likelihood (1/N) Σ_demos Σ_t log π_t(a_t|s_t), whose exact
/// gradient is Σ_t [∂Q_t(s_t, a_t) − ∂V_t(s_t)]: ∂Q_t(s, a) = φ(s, a) + γ E[∂V_{t+1}(s')] and
/// ∂V_t(s) = E_{π_t}[∂Q_t(s, ·)] are expected feature counts from (t, s) on. For full-length demonstrations
/// this is the familiar empirical minus expected feature counts.
/// </summary>
internal static class MaxEntIrl
{
    public static MaxEntIrlRun Learn(
        TransitionTable table, double discount, FeatureMatrix features, (int State, int Action)[][] demonstrations,
        int horizon, double[] initialWeights, double learningRate, int iterations,
        Func<int, object?> describeState, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        var weights = (double[])initialWeights.Clone();
        var logLikelihoods = new double[iterations + 1];
        for (var iteration = 0; ; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rewards = Rewards(table, features, weights);
            var solution = DynamicProgramming.BackwardInduction(table.WithRewards(rewards), discount, new SoftBackup(1), horizon, describeState, null, cancellationToken);
            logLikelihoods[iteration] = LogLikelihood(solution, demonstrations, table.ActionCount);
            if (iteration == iterations)
                return new MaxEntIrlRun(weights, rewards, solution, logLikelihoods);

            var gradient = Gradient(table, discount, features, solution, demonstrations);
            for (var i = 0; i < weights.Length; i++)
                weights[i] += learningRate * gradient[i];
            progress?.Report(new SolverProgress(iteration + 1, Norm(gradient)));
        }
    }

    /// <summary>r_θ(s, a) = θ · φ(s, a) for the allowed pairs.</summary>
    private static double[] Rewards(TransitionTable table, FeatureMatrix features, double[] weights)
    {
        var rewards = new double[table.StateCount * table.ActionCount];
        for (var pair = 0; pair < rewards.Length; pair++)
        {
            var row = features.Row(pair);
            for (var i = 0; i < weights.Length; i++)
                rewards[pair] += weights[i] * row[i];
        }
        return rewards;
    }

    private static double LogLikelihood(DynamicProgrammingResult solution, (int State, int Action)[][] demonstrations, int actions)
    {
        var total = 0.0;
        foreach (var demonstration in demonstrations)
        {
            for (var t = 0; t < demonstration.Length; t++)
                total += Math.Log(solution.Stages[t].Policy[demonstration[t].State * actions + demonstration[t].Action]);
        }
        return total / demonstrations.Length;
    }

    private static double[] Gradient(TransitionTable table, double discount, FeatureMatrix features, DynamicProgrammingResult solution, (int State, int Action)[][] demonstrations)
    {
        var (states, actions, d) = (table.StateCount, table.ActionCount, features.Count);
        var horizon = solution.Stages.Length;
        var gradient = new double[d];
        var next = new double[states * d]; // ∂V_{t+1}, zero beyond the horizon
        var here = new double[states * d];
        var featuresToGo = new double[d];
        for (var t = horizon - 1; t >= 0; t--)
        {
            var policy = solution.Stages[t].Policy;
            Array.Clear(here);
            for (var s = 0; s < states; s++)
            {
                if (table.Terminal[s])
                    continue;
                for (var a = 0; a < actions; a++)
                {
                    var pi = policy[s * actions + a];
                    if (pi == 0)
                        continue;
                    ActionFeaturesToGo(table, discount, features, next, s, a, featuresToGo);
                    for (var i = 0; i < d; i++)
                        here[s * d + i] += pi * featuresToGo[i];
                }
            }

            foreach (var demonstration in demonstrations)
            {
                if (t >= demonstration.Length)
                    continue;
                var (s, a) = demonstration[t];
                ActionFeaturesToGo(table, discount, features, next, s, a, featuresToGo);
                for (var i = 0; i < d; i++)
                    gradient[i] += (featuresToGo[i] - here[s * d + i]) / demonstrations.Length;
            }
            (next, here) = (here, next);
        }
        return gradient;
    }

    /// <summary>∂Q_t(s, a) = φ(s, a) + γ Σ p(s'|s, a) ∂V_{t+1}(s').</summary>
    private static void ActionFeaturesToGo(TransitionTable table, double discount, FeatureMatrix features, double[] next, int s, int a, double[] result)
    {
        var d = features.Count;
        features.Row(s * table.ActionCount + a).CopyTo(result);
        var range = table.RowRange(s, a);
        for (var k = range.Start.Value; k < range.End.Value; k++)
        {
            var weight = discount * table.Probability(k);
            var successor = table.Successors[k] * d;
            for (var i = 0; i < d; i++)
                result[i] += weight * next[successor + i];
        }
    }

    private static double Norm(double[] vector)
    {
        var sum = 0.0;
        foreach (var x in vector)
            sum += x * x;
        return Math.Sqrt(sum);
    }
}
