using System;
using System.Globalization;
using System.Threading;
using MdpDsl.Foundation;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// Exact soft evaluation of a fixed stochastic policy π at temperature T with action prior p (p ≡ 1 without one, as in
/// <see cref="SoftValueIteration"/>): V(s) = Σ_a π(a|s) [Q(s, a) − T·log(π(a|s) / p(a|s))] and
/// Q(s, a) = r(s, a) + γ Σ p(s'|s, a) V(s'). V is linear in itself, so it is an ordinary policy evaluation with the
/// entropy-augmented reward r(s, a) − T·log(π(a|s) / p(a|s)) on the actions π takes, handed to
/// <see cref="PolicyEvaluation"/> (elimination, iteration or backward induction); Q is then the soft one, from the
/// model's own rewards. This is the fixed point that soft actor-critic's critic converges to.
/// </summary>
internal static class SoftPolicyEvaluation
{
    public static DynamicProgrammingResult Solve(
        TransitionTable table, double discount, int? horizon, double[] policy, double temperature, double[]? prior,
        Func<int, object?> describeState, Func<int, object?> describeAction, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        SolverArguments.CheckTemperature(temperature);
        var augmented = table.WithRewards(EntropyAugmentedRewards(table, policy, temperature, prior, describeState, describeAction));
        var evaluation = PolicyEvaluation.Solve(augmented, discount, horizon, policy, describeState, progress, cancellationToken);
        var stages = new StageArrays[evaluation.Stages.Length];
        for (var t = 0; t < stages.Length; t++)
        {
            // The stationary V is its own successor; stage t of a finite horizon looks one step ahead, and the last to 0.
            var successorValues = horizon is null ? evaluation.Stages[t].V
                : t + 1 < stages.Length ? evaluation.Stages[t + 1].V
                : new double[table.StateCount];
            var q = DynamicProgramming.Stage(table, discount, new PolicyBackup(policy), successorValues, t + 1, describeState).Q;
            stages[t] = evaluation.Stages[t] with { Q = q };
        }
        return evaluation with { Stages = stages };
    }

    /// <summary>
    /// r(s, a) − T·log(π(a|s) / p(a|s)) where π(a|s) &gt; 0, and r(s, a) elsewhere (an action π never takes adds nothing).
    /// </summary>
    /// <exception cref="ArgumentException">π takes an action to which the prior gives no mass: the divergence is infinite.</exception>
    private static double[] EntropyAugmentedRewards(
        TransitionTable table, double[] policy, double temperature, double[]? prior, Func<int, object?> describeState, Func<int, object?> describeAction)
    {
        var actions = table.ActionCount;
        var rewards = (double[])table.Rewards.Clone();
        for (var pair = 0; pair < rewards.Length; pair++)
        {
            var pi = policy[pair];
            if (pi == 0)
                continue;
            var weight = prior?[pair] ?? 1;
            if (weight == 0)
            {
                throw new ArgumentException(
                    $"The policy gives action {describeAction(pair % actions)} in state {describeState(pair / actions)} the probability " +
                    $"{pi.ToString("R", CultureInfo.InvariantCulture)}, but the action prior gives it 0: log(π/p) is infinite there. " +
                    "Evaluate a policy whose actions the prior allows, or a prior that gives every action the policy takes some mass.",
                    "policy");
            }
            // Two logarithms, not the log of the ratio: a tiny prior weight would overflow π/p.
            rewards[pair] -= temperature * (Math.Log(pi) - Math.Log(weight));
        }
        return rewards;
    }
}
