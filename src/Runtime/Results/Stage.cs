namespace MdpDsl;

/// <summary>
/// The values and policy for one decision step of a finite-horizon solution (or the single stationary step of
/// an infinite-horizon one).
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
/// <param name="Step">The decision step t, counted from 0; <c>Horizon − t</c> steps remain.</param>
/// <param name="V">The value V_t(s) of acting from step t on.</param>
/// <param name="Q">The action value Q_t(s, a).</param>
/// <param name="Policy">The policy π_t(a|s) at step t.</param>
public sealed record Stage<TState, TAction>(int Step, StateValues<TState> V, ActionValues<TState, TAction> Q, Policy<TState, TAction> Policy)
    where TState : notnull;
