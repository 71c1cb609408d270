using System;
using System.Threading;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Inference;

/// <summary>
/// Exact inference in the graphical model of control as inference (Levine 2018, §2.3), all in log space so that
/// long horizons and large negative rewards neither overflow nor underflow. Steps are t = 0 … T − 1 with
/// β_T ≡ 1; terminal states end the episode, so their messages are 1 and they absorb forward mass.
/// </summary>
internal static class BackwardMessages
{
    /// <summary>
    /// log β_t(s, a) = r(s, a) + log Σ p(s'|s, a) β_{t+1}(s'),
    /// log β_t(s) = log Σ_a p(a|s) β_t(s, a), π_t(a|s) = p(a|s) β_t(s, a) / β_t(s).
    /// </summary>
    /// <remarks>The prior <c>prior</c> is row-major, 0 where an action is not allowed or has no prior mass.</remarks>
    public static (double[][] LogBetaState, double[][] LogBetaAction, double[][] Policy) Compute(
        TransitionTable table, double[] prior, int horizon, CancellationToken cancellationToken)
    {
        CheckSize(table, horizon);
        var (states, actions) = (table.StateCount, table.ActionCount);
        // Given Q, V and π are soft value iteration's at temperature 1 with the prior: the same backup serves both.
        var backup = new SoftBackup(1, prior);
        var logBetaState = new double[horizon + 1][];
        var logBetaAction = new double[horizon][];
        var policy = new double[horizon][];
        logBetaState[horizon] = new double[states];
        for (var t = horizon - 1; t >= 0; t--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = logBetaState[t + 1];
            var (v, q, pi) = (new double[states], new double[states * actions], new double[states * actions]);
            for (var s = 0; s < states; s++)
            {
                if (table.Terminal[s])
                    continue;
                var row = q.AsSpan(s * actions, actions);
                for (var a = 0; a < actions; a++)
                    row[a] = table.IsAllowed(s, a) ? table.Reward(s, a) + LogExpectation(table, s, a, next) : double.NegativeInfinity;
                v[s] = backup.ValueAndPolicy(s, row, pi.AsSpan(s * actions, actions));
            }
            (logBetaState[t], logBetaAction[t], policy[t]) = (v, q, pi);
        }
        return (logBetaState, logBetaAction, policy);
    }

    /// <summary>
    /// Inference keeps, for every step, log β of each state and pair and the policy, then the forward messages and
    /// the marginals: about (3·S + 2·S·A) doubles per step. Refuses a horizon whose messages cannot be allocated.
    /// </summary>
    private static void CheckSize(TransitionTable table, int horizon)
    {
        var what = $"Inference over {AllocationLimit.Count(horizon)} steps of {AllocationLimit.Count(table.StateCount)} states × " +
                   $"{AllocationLimit.Count(table.ActionCount)} actions";
        if (AllocationLimit.ExceededBySteps(what, horizon, 8.0 * (3.0 * table.StateCount + 2.0 * table.StateCount * table.ActionCount)) is { } reason)
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, $"{reason}. Use a shorter horizon.");
    }

    /// <summary>log Σ_{s'} p(s'|s, a) exp(<paramref name="logValues"/>[s']), the weighted log-sum-exp of the successors' values.</summary>
    public static double LogExpectation(TransitionTable table, int state, int action, double[] logValues)
    {
        var range = table.RowRange(state, action);
        var count = range.End.Value - range.Start.Value;
        Span<double> values = count <= 128 ? stackalloc double[count] : new double[count];
        Span<double> probabilities = count <= 128 ? stackalloc double[count] : new double[count];
        for (var i = 0; i < count; i++)
        {
            var k = range.Start.Value + i;
            values[i] = logValues[table.Successors[k]];
            probabilities[i] = table.Probability(k);
        }
        return LogSumExp.SoftMaximum(values, probabilities, 1);
    }
}
