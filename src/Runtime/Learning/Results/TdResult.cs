using System.Collections.Generic;

namespace MdpDsl;

/// <summary>
/// What TD(0) learned about a fixed policy: its values <see cref="LearningResult{TState, TAction}.V"/> and the
/// reward-prediction errors δₜ = rₜ + γ V(sₜ₊₁) − V(sₜ) met on the way.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class TdResult<TState, TAction> : LearningResult<TState, TAction>
    where TState : notnull
{
    internal TdResult(StateValues<TState> v, Policy<TState, TAction> policy, IReadOnlyList<IReadOnlyList<double>> predictionErrors, IReadOnlyList<double> returns, long steps, VisitCounts<TState, TAction> visits)
        : base(v, policy, returns, steps, visits) =>
        PredictionErrors = predictionErrors;

    /// <summary>
    /// δₜ of every step, one list per episode (V(sₜ₊₁) is 0 after termination): as V is learned, δ moves from the
    /// moment a reward arrives to the earliest state that predicts it. One number per step is kept.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>> PredictionErrors { get; }
}
