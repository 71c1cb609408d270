using System;
using MdpDsl.Storage;

namespace MdpDsl.Inference;

/// <summary>
/// The evidence lower bound of a (time-indexed) policy q under the true dynamics (Levine 2018, §4.1):
/// E_q[Σ_t r(s_t, a_t) + log p(a_t|s_t) − log q_t(a_t|s_t)], computed exactly by pushing the state distribution
/// forward. Without an action prior the log p term is left out, which is the objective soft value iteration maximizes.
/// </summary>
internal static class EvidenceLowerBound
{
    public static double Compute(TransitionTable table, double[][] policies, double[]? logPrior, double[] initial)
    {
        var actions = table.ActionCount;
        var distribution = (double[])initial.Clone();
        var elbo = 0.0;
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
                    var prior = logPrior is null ? 0 : logPrior[s * actions + a];
                    elbo += mass * q * (table.Reward(s, a) + prior - Math.Log(q));
                    var range = table.RowRange(s, a);
                    for (var k = range.Start.Value; k < range.End.Value; k++)
                        next[table.Successors[k]] += mass * q * table.Probability(k);
                }
            }
            distribution = next;
        }
        return elbo;
    }
}
