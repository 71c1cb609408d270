using System.Collections.Generic;

namespace MdpDsl;

/// <summary>
/// What a learner learned from experience: state values <see cref="V"/>, a <see cref="Policy"/> and the learning
/// curve <see cref="Returns"/>. The learners that estimate action values return an <see cref="ActionValueResult{TState, TAction}"/>.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public class LearningResult<TState, TAction>
    where TState : notnull
{
    internal LearningResult(StateValues<TState> v, Policy<TState, TAction> policy, IReadOnlyList<double> returns, long steps)
    {
        V = v;
        Policy = policy;
        Returns = returns;
        Steps = steps;
    }

    /// <summary>The learned state values (0 for terminal states and states never visited).</summary>
    public StateValues<TState> V { get; }

    /// <summary>The learned policy; each learner says which one it returns.</summary>
    public Policy<TState, TAction> Policy { get; }

    /// <summary>The learning curve: the undiscounted return Σ rₜ of each episode, in order.</summary>
    public IReadOnlyList<double> Returns { get; }

    /// <summary>The simulator steps taken, over every episode.</summary>
    public long Steps { get; }
}
