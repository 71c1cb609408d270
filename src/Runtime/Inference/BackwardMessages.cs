using System;
using System.Threading;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Inference;

/// <summary>
/// Exact inference in the graphical model of control as inference (Levine 2018, §2.3), all in log space so that
/// long horizons and large negative rewards neither overflow nor underflow. Steps are t = 0 … H − 1 with
/// β_H ≡ 1; terminal states end the episode, so their messages are 1 and they absorb forward mass.
/// </summary>
/// <remarks>
/// The optimality likelihood is tempered, p(O_t = 1 | s, a) = exp(r(s, a) / T), and a discount γ is the standard
/// construction: after every action the episode leaves, with probability 1 − γ, to an absorbing state of reward 0,
/// whose message is 1; otherwise it moves by γ·p(s'|s, a). Messages are kept in reward units, V = T·log β and
/// Q = T·log β(s, a), so that at the same T they compare with soft value iteration's values directly.
/// </remarks>
internal static class BackwardMessages
{
    /// <summary>
    /// Q_t(s, a) = r(s, a) + T·log(γ Σ p(s'|s, a) exp(V_{t+1}(s') / T) + 1 − γ),
    /// V_t(s) = T·log Σ_a p(a|s) exp(Q_t(s, a) / T), π_t(a|s) = p(a|s) exp((Q_t(s, a) − V_t(s)) / T).
    /// </summary>
    /// <remarks>The prior <c>prior</c> is row-major, 0 where an action is not allowed or has no prior mass.</remarks>
    public static (double[][] V, double[][] Q, double[][] Policy) Compute(
        TransitionTable table, double[] prior, double discount, double temperature, int horizon, CancellationToken cancellationToken)
    {
        CheckSize(table, horizon);
        var states = table.StateCount;
        var v = new double[horizon + 1][];
        var q = new double[horizon][];
        var policy = new double[horizon][];
        v[horizon] = new double[states];
        for (var t = horizon - 1; t >= 0; t--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (v[t], q[t], policy[t]) = Step(table, prior, discount, temperature, v[t + 1]);
        }
        return (v, q, policy);
    }

    /// <summary>One backward step from the successors' values <paramref name="next"/>: V, Q and π of the step before.</summary>
    public static (double[] V, double[] Q, double[] Policy) Step(TransitionTable table, double[] prior, double discount, double temperature, double[] next)
    {
        var (states, actions) = (table.StateCount, table.ActionCount);
        // Given Q, V and π are soft value iteration's at temperature T with the prior: the same backup serves both.
        var backup = new SoftBackup(temperature, prior);
        var (v, q, pi) = (new double[states], new double[states * actions], new double[states * actions]);
        for (var s = 0; s < states; s++)
        {
            if (table.Terminal[s])
                continue;
            var row = q.AsSpan(s * actions, actions);
            for (var a = 0; a < actions; a++)
                row[a] = table.IsAllowed(s, a) ? table.Reward(s, a) + Lookahead(table, s, a, next, discount, temperature) : double.NegativeInfinity;
            v[s] = backup.ValueAndPolicy(s, row, pi.AsSpan(s * actions, actions));
        }
        return (v, q, pi);
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

    /// <summary>
    /// T·log(γ Σ_{s'} p(s'|s, a) exp(V(s') / T) + (1 − γ)·exp(0 / T)): the tempered log-expectation of the successors'
    /// messages, the absorbing exit of the discount counted as one more successor of value 0.
    /// </summary>
    public static double Lookahead(TransitionTable table, int state, int action, double[] values, double discount, double temperature)
    {
        var range = table.RowRange(state, action);
        var count = range.End.Value - range.Start.Value + 1;
        Span<double> successors = count <= 128 ? stackalloc double[count] : new double[count];
        Span<double> weights = count <= 128 ? stackalloc double[count] : new double[count];
        for (var i = 0; i < count - 1; i++)
        {
            var k = range.Start.Value + i;
            successors[i] = values[table.Successors[k]];
            weights[i] = discount * table.Probability(k);
        }
        // Weight 0 (γ = 1) takes no part in the sum.
        (successors[^1], weights[^1]) = (0, 1 - discount);
        return LogSumExp.SoftMaximum(successors, weights, temperature);
    }
}
