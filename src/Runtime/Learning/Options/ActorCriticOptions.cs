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

    internal override void Validate(TransitionTable table)
    {
        base.Validate(table);
        ActorLearningRate.CheckRate(nameof(ActorLearningRate));
    }
}
