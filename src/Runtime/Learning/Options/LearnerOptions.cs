using System;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// What every learner is told: how long to learn, how to cut episodes short, the discount, the main step size
/// and the seed. Each learner has its own options record derived from this one.
/// </summary>
public abstract record LearnerOptions
{
    private protected LearnerOptions()
    {
    }

    /// <summary>The number of episodes to learn from, at least 1.</summary>
    public int Episodes { get; init; } = 1000;

    /// <summary>
    /// The steps after which an episode is truncated (Gymnasium's <c>truncated</c>): a truncated state is not
    /// terminal, so the learners still bootstrap from its value. Models without terminal states need it to end episodes.
    /// </summary>
    public int StepLimit { get; init; } = 1000;

    /// <summary>The discount γ in (0, 1]; null for the model's own.</summary>
    public double? Discount { get; init; }

    /// <summary>The step size of the learner's value updates, in (0, 1]; see each learner for what its count n counts.</summary>
    public Schedule LearningRate { get; init; } = 0.1;

    /// <summary>Seeds every random draw: the same seed gives the same run.</summary>
    public int Seed { get; init; }

    /// <summary>Throws on any option outside its range; <paramref name="table"/> is the model about to be learned.</summary>
    internal virtual void Validate(TransitionTable table) => Validate(table.ActionCount);

    /// <summary>Throws on any option outside its range, for a problem with <paramref name="actionCount"/> actions and no table.</summary>
    internal virtual void Validate(int actionCount)
    {
        if (Episodes < 1)
            throw new ArgumentOutOfRangeException(nameof(Episodes), Episodes, "At least one episode is needed.");
        if (StepLimit < 1)
            throw new ArgumentOutOfRangeException(nameof(StepLimit), StepLimit, "The step limit must be at least 1.");
        if (Discount is { } discount && !(discount > 0 && discount <= 1))
            throw new ArgumentOutOfRangeException(nameof(Discount), discount, "The discount must lie in (0, 1].");
        LearningRate.CheckRate(nameof(LearningRate));
    }
}
