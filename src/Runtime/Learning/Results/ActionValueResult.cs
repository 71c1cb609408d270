using System.Collections.Generic;

namespace MdpDsl;

/// <summary>What a learner of action values learned: <see cref="Q"/>, with the <see cref="LearningResult{TState, TAction}.V"/> and policy it implies.</summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public class ActionValueResult<TState, TAction> : LearningResult<TState, TAction>
    where TState : notnull
{
    internal ActionValueResult(ActionValues<TState, TAction> q, StateValues<TState> v, Policy<TState, TAction> policy, IReadOnlyList<double> returns, long steps, VisitCounts<TState, TAction> visits)
        : base(v, policy, returns, steps, visits) =>
        Q = q;

    /// <summary>The learned action values (−∞ for disallowed actions, 0 in terminal states).</summary>
    public ActionValues<TState, TAction> Q { get; }

    private protected override ActionValues<TState, TAction> LearnedQ => Q;
}
