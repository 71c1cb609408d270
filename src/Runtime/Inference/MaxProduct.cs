using System;
using System.Collections.Generic;
using MdpDsl.Storage;

namespace MdpDsl.Inference;

/// <summary>
/// The most probable trajectory of the optimality posterior p(τ | O) by max-product (the Viterbi algorithm): the
/// backward messages with every sum replaced by a maximum, in log space, then a forward pass that follows the arg-maxima.
/// The factors are those of the messages: p(s_0), p(a|s), exp(r(s, a) / T), γ p(s'|s, a) and the exit 1 − γ.
/// </summary>
internal static class MaxProduct
{
    /// <summary>
    /// The states and actions of argmax_τ log p(τ, O), ties going to the lowest index; one state fewer than
    /// L + 1 means the trajectory leaves by the discount after its last action.
    /// </summary>
    /// <remarks>
    /// δ_H(s) = 0, δ_t(s) = 0 for terminal s, δ_t(s) = max_a [log p(a|s) + r(s, a) / T + max(log(1 − γ), max_{s'} log(γ p(s'|s, a)) + δ_{t+1}(s'))],
    /// and s_0 = argmax log p(s_0) + δ_0(s_0).
    /// </remarks>
    public static (List<int> States, List<int> Actions) Decode(
        TransitionTable table, double[] logPrior, double[] logInitial, double discount, double temperature, int horizon)
    {
        var (states, actions) = (table.StateCount, table.ActionCount);
        var logExit = Math.Log(1 - discount);
        var bestAction = new int[horizon][];
        // The successor each (t, s) moves to under its best action, −1 for the exit.
        var bestNext = new int[horizon][];
        var delta = new double[states];
        for (var t = horizon - 1; t >= 0; t--)
        {
            var (here, action, next) = (new double[states], new int[states], new int[states]);
            for (var s = 0; s < states; s++)
            {
                if (table.Terminal[s])
                    continue;
                here[s] = double.NegativeInfinity;
                for (var a = 0; a < actions; a++)
                {
                    if (!table.IsAllowed(s, a))
                        continue;
                    var (continuation, successor) = (logExit, -1);
                    var range = table.RowRange(s, a);
                    for (var k = range.Start.Value; k < range.End.Value; k++)
                    {
                        var value = Math.Log(discount * table.Probability(k)) + delta[table.Successors[k]];
                        if (value > continuation)
                            (continuation, successor) = (value, table.Successors[k]);
                    }
                    var total = logPrior[s * actions + a] + table.Reward(s, a) / temperature + continuation;
                    if (total > here[s])
                        (here[s], action[s], next[s]) = (total, a, successor);
                }
            }
            (delta, bestAction[t], bestNext[t]) = (here, action, next);
        }

        var start = 0;
        for (var s = 1; s < states; s++)
        {
            if (logInitial[s] + delta[s] > logInitial[start] + delta[start])
                start = s;
        }
        var path = new List<int> { start };
        var taken = new List<int>();
        var current = start;
        for (var t = 0; t < horizon && !table.Terminal[current]; t++)
        {
            taken.Add(bestAction[t][current]);
            current = bestNext[t][current];
            if (current < 0)
                return (path, taken);
            path.Add(current);
        }
        return (path, taken);
    }
}
