using System;
using System.Threading;
using MdpDsl.Storage;

namespace MdpDsl.Inference;

/// <summary>
/// Forward messages α_t(s) = p(s_t = s, O_0 … O_{t−1}) in log space:
/// α_{t+1}(s') = Σ_{s, a} α_t(s) p(a|s) exp(r(s, a)) p(s'|s, a); a terminal state keeps its mass.
/// Each target's sum is taken with its own max-shift (two passes), so no message underflows relative to another.
/// </summary>
internal static class ForwardMessages
{
    public static double[][] Compute(TransitionTable table, double[] logPrior, double[] logInitial, int horizon, CancellationToken cancellationToken)
    {
        var (states, actions) = (table.StateCount, table.ActionCount);
        var logAlpha = new double[horizon + 1][];
        logAlpha[0] = logInitial;
        for (var t = 0; t < horizon; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = logAlpha[t];
            var max = new double[states];
            Array.Fill(max, double.NegativeInfinity);
            Visit(table, logPrior, current, (target, term) => max[target] = Math.Max(max[target], term));

            var sum = new double[states];
            Visit(table, logPrior, current, (target, term) => sum[target] += Math.Exp(term - max[target]));

            var next = new double[states];
            for (var s = 0; s < states; s++)
                next[s] = double.IsNegativeInfinity(max[s]) ? double.NegativeInfinity : max[s] + Math.Log(sum[s]);
            logAlpha[t + 1] = next;
        }
        return logAlpha;
    }

    /// <summary>Calls <paramref name="add"/> with every (successor, log term) that flows into step t + 1.</summary>
    private static void Visit(TransitionTable table, double[] logPrior, double[] logAlpha, Action<int, double> add)
    {
        var actions = table.ActionCount;
        for (var s = 0; s < table.StateCount; s++)
        {
            if (double.IsNegativeInfinity(logAlpha[s]))
                continue;
            if (table.Terminal[s])
            {
                add(s, logAlpha[s]);
                continue;
            }
            for (var a = 0; a < actions; a++)
            {
                var weight = logAlpha[s] + logPrior[s * actions + a];
                if (double.IsNegativeInfinity(weight))
                    continue;
                weight += table.Reward(s, a);
                var range = table.RowRange(s, a);
                for (var k = range.Start.Value; k < range.End.Value; k++)
                    add(table.Successors[k], weight + Math.Log(table.Probability(k)));
            }
        }
    }
}
