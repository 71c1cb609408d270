using System.Collections.Generic;

namespace MdpDsl;

/// <summary>What maximum-entropy inverse RL learned: the reward weights, the reward, and the soft-optimal solution under it.</summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
/// <param name="Weights">θ, one weight per feature, with the feature's name.</param>
/// <param name="Reward">The learned reward r_θ(s, a) = θ · φ(s, a).</param>
/// <param name="Solution">Finite-horizon soft value iteration under the learned reward: its time-indexed policies model the demonstrator.</param>
/// <param name="LogLikelihoods">The mean log-likelihood per demonstration before each gradient step, and after the last.</param>
public sealed record MaxEntIrlResult<TState, TAction>(
    IReadOnlyList<(string Feature, double Weight)> Weights,
    ActionValues<TState, TAction> Reward,
    Solution<TState, TAction> Solution,
    IReadOnlyList<double> LogLikelihoods)
    where TState : notnull;
