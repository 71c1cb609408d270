using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// Options of the learners that act ε-greedily on their action values: with probability ε a uniformly drawn
/// allowed action, otherwise the best one. <see cref="LearnerOptions.LearningRate"/> counts the updates of each
/// (state, action) pair.
/// </summary>
public abstract record EpsilonGreedyOptions : LearnerOptions
{
    private protected EpsilonGreedyOptions()
    {
    }

    /// <summary>ε in [0, 1], counted by the visits of each state; a decaying schedule makes the behaviour greedy in the limit.</summary>
    public Schedule Exploration { get; init; } = 0.1;

    internal override void Validate(TransitionTable table)
    {
        base.Validate(table);
        Exploration.CheckProbability(nameof(Exploration));
    }
}
