using System;
using System.Threading;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Inference;

/// <summary>
/// Forward messages α_t(s) = p(s_t = s, O_0 … O_{t−1}) in log space:
/// α_{t+1}(s') = Σ_{s, a} α_t(s) p(a|s) exp(r(s, a) / T) γ p(s'|s, a); a terminal state keeps its mass, and the
/// mass 1 − γ that leaves to the discount's absorbing state drops out (α_t sums to p(not left before t, O_0 … O_{t−1})).
/// Each step lays every log term out grouped by its target, so that each target's sum is one max-shifted
/// log-sum-exp and no message underflows relative to another.
/// </summary>
internal static class ForwardMessages
{
    public static double[][] Compute(
        TransitionTable table, double[] logPrior, double[] logInitial, double discount, double temperature, int horizon, CancellationToken cancellationToken)
    {
        var inflow = new Inflow(table);
        var terms = new double[inflow.Count];
        var logAlpha = new double[horizon + 1][];
        logAlpha[0] = logInitial;
        for (var t = 0; t < horizon; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inflow.Fill(table, logPrior, discount, temperature, logAlpha[t], terms);
            var next = new double[table.StateCount];
            for (var s = 0; s < next.Length; s++)
                next[s] = LogSumExp.Compute(inflow.Into(terms, s));
            logAlpha[t + 1] = next;
        }
        return logAlpha;
    }

    /// <summary>
    /// Where each flow into step t + 1 goes in the term array: the flows into target s' occupy
    /// [<c>start[s']</c>, <c>start[s' + 1]</c>). A flow is a stored entry of an allowed pair, or a terminal state's own mass.
    /// </summary>
    private sealed class Inflow
    {
        private readonly int[] _start;
        private readonly int[] _entrySlot;
        private readonly int[] _terminalSlot;

        public Inflow(TransitionTable table)
        {
            var states = table.StateCount;
            _start = new int[states + 1];
            _entrySlot = new int[table.EntryCount];
            _terminalSlot = new int[states];
            Visit(table, (target, _) => _start[target + 1]++);
            for (var s = 0; s < states; s++)
                _start[s + 1] += _start[s];
            var cursor = (int[])_start.Clone();
            Visit(table, (target, entry) =>
            {
                var slot = cursor[target]++;
                if (entry < 0)
                    _terminalSlot[target] = slot;
                else
                    _entrySlot[entry] = slot;
            });
        }

        public int Count => _start[^1];

        public ReadOnlySpan<double> Into(double[] terms, int target) => terms.AsSpan(_start[target], _start[target + 1] - _start[target]);

        /// <summary>log α_t(s) + log p(a|s) + r(s, a) / T + log γ + log p(s'|s, a) for every flow; −∞ where α_t(s) or p(a|s) is 0.</summary>
        public void Fill(TransitionTable table, double[] logPrior, double discount, double temperature, double[] logAlpha, double[] terms)
        {
            Array.Fill(terms, double.NegativeInfinity);
            var actions = table.ActionCount;
            for (var s = 0; s < table.StateCount; s++)
            {
                if (double.IsNegativeInfinity(logAlpha[s]))
                    continue;
                if (table.Terminal[s])
                {
                    terms[_terminalSlot[s]] = logAlpha[s];
                    continue;
                }
                for (var a = 0; a < actions; a++)
                {
                    var weight = logAlpha[s] + logPrior[s * actions + a];
                    if (!table.IsAllowed(s, a) || double.IsNegativeInfinity(weight))
                        continue;
                    weight += table.Reward(s, a) / temperature + Math.Log(discount);
                    var range = table.RowRange(s, a);
                    for (var k = range.Start.Value; k < range.End.Value; k++)
                        terms[_entrySlot[k]] = weight + Math.Log(table.Probability(k));
                }
            }
        }

        /// <summary>
        /// Calls <paramref name="flow"/>(target, entry) for every flow in a fixed order: entry is the stored entry, or −1
        /// for a terminal state's own mass.
        /// </summary>
        private static void Visit(TransitionTable table, Action<int, int> flow)
        {
            var actions = table.ActionCount;
            for (var s = 0; s < table.StateCount; s++)
            {
                if (table.Terminal[s])
                {
                    flow(s, -1);
                    continue;
                }
                for (var a = 0; a < actions; a++)
                {
                    if (!table.IsAllowed(s, a))
                        continue;
                    var range = table.RowRange(s, a);
                    for (var k = range.Start.Value; k < range.End.Value; k++)
                        flow(table.Successors[k], k);
                }
            }
        }
    }
}
