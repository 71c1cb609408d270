using System.Collections.Generic;

namespace MdpDsl;

/// <summary>What soft actor-critic learned: the critic's Q, the actor's policy, the soft value V = Σ π (Q − α log π) and the final temperature.</summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class SacResult<TState, TAction> : ActionValueResult<TState, TAction>
    where TState : notnull
{
    internal SacResult(ActionValues<TState, TAction> q, StateValues<TState> v, Policy<TState, TAction> policy, double temperature, IReadOnlyList<double> returns, long steps, VisitCounts<TState, TAction> visits)
        : base(q, v, policy, returns, steps, visits) =>
        Temperature = temperature;

    /// <summary>The temperature α at the end of the run (the initial one when it was held fixed).</summary>
    public double Temperature { get; }
}
