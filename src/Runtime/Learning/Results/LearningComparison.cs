using System;
using System.Globalization;
using System.Text;

namespace MdpDsl;

/// <summary>
/// A learner's result set beside an exact solution of the same model, entry by entry, from
/// <see cref="LearningResult{TState, TAction}.CompareWith"/>: for V, for the policy's total variation
/// ½ Σ_a |π(a|s) − π*(a|s)| and, for learners of action values, for Q, the largest error with its place and visit
/// count and the visit-weighted mean error. Terminal states and disallowed pairs are left out.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class LearningComparison<TState, TAction>
    where TState : notnull
{
    private LearningComparison(Discrepancy<TState> v, Discrepancy<TState> policy, Discrepancy<(TState State, TAction Action)>? q, long steps)
    {
        V = v;
        Policy = policy;
        Q = q;
        Steps = steps;
    }

    /// <summary>|V(s) − V*(s)| over the non-terminal states, weighted by the steps taken in each.</summary>
    public Discrepancy<TState> V { get; }

    /// <summary>The total variation ½ Σ_a |π(a|s) − π*(a|s)| over the non-terminal states, weighted by the steps taken in each.</summary>
    public Discrepancy<TState> Policy { get; }

    /// <summary>|Q(s, a) − Q*(s, a)| over the allowed pairs, weighted by the steps taken from each; null for a learner without Q.</summary>
    public Discrepancy<(TState State, TAction Action)>? Q { get; }

    /// <summary>The learner's steps over its whole run.</summary>
    public long Steps { get; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Learned values against the exact solution, after {Steps:N0} steps:");
        if (Q is { } q)
            text.AppendLine().Append("  |Q − Q*|: ").Append(q);
        text.AppendLine().Append("  |V − V*|: ").Append(V);
        text.AppendLine().Append("  TV(π, π*): ").Append(Policy);
        return text.ToString();
    }

    /// <exception cref="ArgumentException">The solution has no non-terminal state.</exception>
    internal static LearningComparison<TState, TAction> Between(
        VisitCounts<TState, TAction> visits, StateValues<TState> v, Policy<TState, TAction> policy, ActionValues<TState, TAction>? q, Solution<TState, TAction> exact)
    {
        var actions = visits.ActionCount;
        var exactPolicy = exact.Policy.AsSpan();
        var learnedPolicy = policy.AsSpan();
        var exactV = exact.V.AsSpan();
        var learnedV = v.AsSpan();
        var exactQ = exact.Q.AsSpan();
        var learnedQ = q is null ? default : q.AsSpan();
        var (valueErrors, policyErrors, actionValueErrors) = (new Accumulator(), new Accumulator(), new Accumulator());
        for (var s = 0; s < visits.StateCount; s++)
        {
            var exactRow = exactPolicy.Slice(s * actions, actions);
            // A terminal state's row of the exact policy is empty: no action is taken there.
            if (Sum(exactRow) == 0)
                continue;
            var stateVisits = visits.States[s];
            valueErrors.Add(s, Math.Abs(learnedV[s] - exactV[s]), stateVisits);
            var variation = 0.0;
            for (var a = 0; a < actions; a++)
                variation += Math.Abs(learnedPolicy[s * actions + a] - exactRow[a]);
            policyErrors.Add(s, 0.5 * variation, stateVisits);
            if (q is null)
                continue;
            for (var a = 0; a < actions; a++)
            {
                var pair = s * actions + a;
                // A disallowed pair's exact Q is −∞.
                if (double.IsFinite(exactQ[pair]))
                    actionValueErrors.Add(pair, Math.Abs(learnedQ[pair] - exactQ[pair]), visits.Pairs[pair]);
            }
        }
        if (valueErrors.Worst < 0)
            throw new ArgumentException("The solution has no non-terminal state, so there is nothing to compare.", nameof(exact));

        Discrepancy<TState> OfStates(Accumulator errors) =>
            new(errors.Maximum, visits.StateAt(errors.Worst), visits.States[errors.Worst], errors.Mean);
        var actionValues = q is null
            ? null
            : new Discrepancy<(TState, TAction)>(
                actionValueErrors.Maximum,
                (visits.StateAt(actionValueErrors.Worst / actions), visits.ActionAt(actionValueErrors.Worst % actions)),
                visits.Pairs[actionValueErrors.Worst],
                actionValueErrors.Mean);
        return new(OfStates(valueErrors), OfStates(policyErrors), actionValues, visits.Total);
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var x in values)
            sum += x;
        return sum;
    }

    /// <summary>The largest error and where it lies, and the visit-weighted sum of errors.</summary>
    private sealed class Accumulator
    {
        private double _weightedSum;
        private double _weight;

        public double Maximum { get; private set; }

        public int Worst { get; private set; } = -1;

        public double Mean => _weight > 0 ? _weightedSum / _weight : double.NaN;

        public void Add(int index, double error, long visits)
        {
            if (Worst < 0 || error > Maximum)
                (Maximum, Worst) = (error, index);
            _weightedSum += visits * error;
            _weight += visits;
        }
    }
}
