using System;
using System.Threading;
using MdpDsl.Foundation;
using MdpDsl.Solvers;
using MdpDsl.Storage;

namespace MdpDsl.Inference;

/// <summary>
/// The evidence lower bound of a policy q under the true dynamics (Levine 2018, §4.1), at temperature T and with the
/// model's discount γ: E_q[Σ_t γ^t (r(s_t, a_t) + T·log p(a_t|s_t) − T·log q_t(a_t|s_t))]. Without an action prior the
/// log p term is left out, which is the objective soft value iteration at temperature T maximizes: the ELBO of its
/// policy is its value at the start. At T = 1 and γ = 1 it is the ELBO of the tutorial.
/// </summary>
internal static class EvidenceLowerBound
{
    /// <summary>Time-indexed policies, one per step (their count is the horizon), by pushing the state distribution forward.</summary>
    public static double Finite(TransitionTable table, double discount, double temperature, double[][] policies, double[]? logPrior, double[] initial)
    {
        SolverArguments.CheckTemperature(temperature);
        var actions = table.ActionCount;
        var distribution = (double[])initial.Clone();
        var elbo = 0.0;
        var weight = 1.0;
        foreach (var policy in policies)
        {
            var next = new double[table.StateCount];
            for (var s = 0; s < table.StateCount; s++)
            {
                var mass = distribution[s];
                if (mass == 0)
                    continue;
                if (table.Terminal[s])
                {
                    next[s] += mass;
                    continue;
                }
                for (var a = 0; a < actions; a++)
                {
                    var q = policy[s * actions + a];
                    if (q == 0)
                        continue;
                    elbo += weight * mass * q * Reward(table, temperature, logPrior, s, a, q);
                    var range = table.RowRange(s, a);
                    for (var k = range.Start.Value; k < range.End.Value; k++)
                        next[table.Successors[k]] += mass * q * table.Probability(k);
                }
            }
            distribution = next;
            weight *= discount;
        }
        return elbo;
    }

    /// <summary>
    /// A stationary policy over an infinite horizon: the value of q under the rewards r + T·log p − T·log q, found by
    /// exact policy evaluation, averaged over the start distribution. With γ = 1 it exists only where q reaches a
    /// terminal state, and policy evaluation refuses the rest with the state named.
    /// </summary>
    /// <exception cref="ArgumentException">q takes an action the prior rules out (the ELBO is −∞), or (γ = 1) never ends from some state.</exception>
    public static double Stationary(
        TransitionTable table, double discount, double temperature, double[] policy, double[]? logPrior, double[] initial,
        Func<int, object?> describeState, Func<int, object?> describeAction, CancellationToken cancellationToken)
    {
        SolverArguments.CheckTemperature(temperature);
        var actions = table.ActionCount;
        var rewards = new double[table.StateCount * actions];
        for (var s = 0; s < table.StateCount; s++)
        {
            for (var a = 0; a < actions; a++)
            {
                var q = policy[s * actions + a];
                if (q == 0 || table.Terminal[s])
                    continue;
                if (logPrior is not null && double.IsNegativeInfinity(logPrior[s * actions + a]))
                {
                    throw new ArgumentException(
                        $"The policy takes {describeAction(a)} in state {describeState(s)} with probability {NumberText.Short(q)}, where the action " +
                        "prior gives it none: log p(a|s) = −∞, so the ELBO is −∞ wherever that state is reached.");
                }
                rewards[s * actions + a] = Reward(table, temperature, logPrior, s, a, q);
            }
        }
        var values = PolicyEvaluation.Solve(table.WithRewards(rewards), discount, null, policy, describeState, null, cancellationToken).Stages[0].V;
        var elbo = 0.0;
        for (var s = 0; s < table.StateCount; s++)
        {
            if (initial[s] > 0)
                elbo += initial[s] * values[s];
        }
        return elbo;
    }

    /// <summary>r(s, a) + T·log p(a|s) − T·log q(a|s) for an action q takes.</summary>
    private static double Reward(TransitionTable table, double temperature, double[]? logPrior, int s, int a, double q)
    {
        var prior = logPrior is null ? 0 : logPrior[s * table.ActionCount + a];
        return table.Reward(s, a) + temperature * (prior - Math.Log(q));
    }
}
