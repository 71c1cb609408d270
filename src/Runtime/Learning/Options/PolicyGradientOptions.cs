using System;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// Options of <c>PolicyGradient</c> (REINFORCE). <see cref="LearnerOptions.LearningRate"/> is the policy's step
/// size, counted by the updates of each state. Episodes should end in terminal states: the returns are Monte Carlo
/// sums and are not completed past a truncation.
/// </summary>
public sealed record PolicyGradientOptions : LearnerOptions
{
    /// <summary>Whether the learned state value is subtracted from the return as a baseline (it is learned either way).</summary>
    public bool Baseline { get; init; } = true;

    /// <summary>The step size of the state-value estimate, in (0, 1], counted by the updates of each state.</summary>
    public Schedule BaselineLearningRate { get; init; } = 0.1;

    /// <summary>
    /// The entropy weight β ≥ 0: the policy maximizes E[Σ γᵗ (rₜ + β·H(π(·|sₜ)))], whose optimum is soft value
    /// iteration's policy at temperature β. 0 is plain REINFORCE.
    /// </summary>
    public double Entropy { get; init; }

    internal override void Validate(TransitionTable table)
    {
        base.Validate(table);
        BaselineLearningRate.CheckRate(nameof(BaselineLearningRate));
        if (!(Entropy >= 0) || double.IsInfinity(Entropy))
            throw new ArgumentOutOfRangeException(nameof(Entropy), Entropy, "The entropy weight must be finite and not negative.");
    }
}
