using System;
using System.Collections.Generic;

namespace MdpDsl;

/// <summary>
/// What a learner learned from experience: state values <see cref="V"/>, a <see cref="Policy"/>, the learning
/// curve <see cref="Returns"/> and the <see cref="Visits"/> of each state and pair that the estimates rest on.
/// <see cref="CompareWith"/> sets it beside an exact solution. The learners that estimate action values return an
/// <see cref="ActionValueResult{TState, TAction}"/>.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public class LearningResult<TState, TAction>
    where TState : notnull
{
    internal LearningResult(StateValues<TState> v, Policy<TState, TAction> policy, IReadOnlyList<double> returns, long steps, VisitCounts<TState, TAction> visits)
    {
        V = v;
        Policy = policy;
        Returns = returns;
        Steps = steps;
        Visits = visits;
    }

    /// <summary>The learned state values (0 for terminal states and states never visited).</summary>
    public StateValues<TState> V { get; }

    /// <summary>The learned policy; each learner says which one it returns.</summary>
    public Policy<TState, TAction> Policy { get; }

    /// <summary>The learning curve: the undiscounted return Σ rₜ of each episode, in order.</summary>
    public IReadOnlyList<double> Returns { get; }

    /// <summary>The simulator steps taken, over every episode.</summary>
    public long Steps { get; }

    /// <summary>The steps taken in each state and with each (state, action) pair, over every episode.</summary>
    public VisitCounts<TState, TAction> Visits { get; }

    /// <summary>The learned action values, for the learners that have them.</summary>
    private protected virtual ActionValues<TState, TAction>? LearnedQ => null;

    /// <summary>
    /// Sets this result beside <paramref name="exact"/>, an exact solution of the same model — the one the learner
    /// tends to, e.g. <c>SoftValueIteration(T)</c> for a learner at temperature T: for V, the policy's total variation
    /// and (for learners of action values) Q, the largest error with its place and visit count, and the error
    /// weighted by visits.
    /// </summary>
    /// <param name="exact">A solution of the model this result was learned on.</param>
    /// <exception cref="ArgumentNullException">It is null.</exception>
    /// <exception cref="ArgumentException">It belongs to another compiled model, or has a finite horizon (the learners' values are stationary).</exception>
    public LearningComparison<TState, TAction> CompareWith(Solution<TState, TAction> exact)
    {
        ArgumentNullException.ThrowIfNull(exact);
        if (!ReferenceEquals(exact.Policy.Owner, Policy.Owner))
        {
            throw new ArgumentException(
                "The solution belongs to another compiled model, whose states may differ from this one's even where the types agree: solve the model this result was learned on.",
                nameof(exact));
        }
        if (exact.Horizon is { } horizon)
            throw new ArgumentException($"The solution has a horizon of {horizon} steps, so its values depend on the step; the learners' values are stationary.", nameof(exact));
        return LearningComparison<TState, TAction>.Between(Visits, V, Policy, LearnedQ, exact);
    }
}
