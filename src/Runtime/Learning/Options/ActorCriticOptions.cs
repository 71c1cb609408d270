using System;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// Options of <c>ActorCritic</c>. <see cref="LearnerOptions.LearningRate"/> is the critic's step size, counted by
/// the updates of each state.
/// </summary>
public sealed record ActorCriticOptions : LearnerOptions
{
    /// <summary>The actor's step size on its action preferences, in (0, 1], counted by the updates of each state.</summary>
    public Schedule ActorLearningRate { get; init; } = 0.1;

    /// <summary>
    /// The temperature T ≥ 0, the weight of the policy's entropy: the critic learns the soft value with the bonus
    /// −T log π(a|s) on every step and the actor follows the entropy-regularized gradient, so that the policy tends to
    /// soft value iteration's at temperature T. 0, the default, is the plain actor-critic.
    /// </summary>
    public double Temperature { get; init; }

    internal override void Validate(TransitionTable table)
    {
        base.Validate(table);
        ActorLearningRate.CheckRate(nameof(ActorLearningRate));
        if (!(Temperature >= 0) || double.IsInfinity(Temperature))
            throw new ArgumentOutOfRangeException(nameof(Temperature), Temperature, "The temperature must be finite and not negative.");
    }
}
