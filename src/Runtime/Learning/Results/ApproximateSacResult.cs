using System;
using System.Collections.Generic;

namespace MdpDsl;

/// <summary>What approximate soft actor-critic learned: besides the critic and the policy, the actor itself and the final temperature.</summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class ApproximateSacResult<TState, TAction> : ApproximateResult<TState, TAction>
    where TState : notnull
    where TAction : struct
{
    internal ApproximateSacResult(ISoftActor<TState> actor, ApproximatePolicy<TState, TAction> policy, ISoftCritic<TState> critic, double temperature, IReadOnlyList<double> returns, long steps, TimeSpan elapsed)
        : base(policy, critic, temperature, returns, steps, elapsed) =>
        Actor = actor;

    /// <summary>The learned actor, whose softmax is <see cref="ApproximateResult{TState, TAction}.Policy"/>.</summary>
    public ISoftActor<TState> Actor { get; }
}
