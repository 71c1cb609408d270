using System;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// Options of <c>PolicyGradient</c> (REINFORCE). <see cref="LearnerOptions.LearningRate"/> is the policy's step
/// size, counted by the updates of each state; here it defaults to 0.5·n^−0.6. Episodes should end in terminal
/// states: the returns are Monte Carlo sums and are not completed past a truncation.
/// </summary>
/// <remarks>
/// The defaults decay. A Monte Carlo return is a noisy signal, and with a constant step the logits never settle:
/// at 0.1 the policy of a two-state task still wandered 0.03–0.19 in total variation from the optimum after 20,000
/// episodes. Steps x₁·n^−0.6 meet the Robbins–Monro conditions, so the noise averages out; x₁ = 0.5 keeps the first
/// steps from throwing the policy to a corner, and the baseline, which needs to track the returns before the policy
/// can use it, starts at 1 (a plain average of the first returns). The policy's step is in units of the returns:
/// for returns much larger than 1, start it well below 1 / (their magnitude), since an action that one step pushes
/// to a tiny probability gets a gradient proportional to that probability and recovers slowly.
/// </remarks>
public sealed record PolicyGradientOptions : LearnerOptions
{
    /// <summary>Options with the default step sizes.</summary>
    public PolicyGradientOptions() => LearningRate = Schedule.Decaying(0.5, 0.6);

    /// <summary>Whether the learned state value is subtracted from the return as a baseline (it is learned either way).</summary>
    public bool Baseline { get; init; } = true;

    /// <summary>The step size of the state-value estimate, in (0, 1], counted by the updates of each state; 1·n^−0.6 by default.</summary>
    public Schedule BaselineLearningRate { get; init; } = Schedule.Decaying(1, 0.6);

    /// <summary>
    /// The entropy weight β ≥ 0: the policy maximizes E[Σ γᵗ (rₜ + β·H(π(·|sₜ)))], whose optimum is soft value
    /// iteration's policy at temperature β, and the learned V is its soft value. The entropy's gradient is taken
    /// exactly at every visited state, for every action. 0 is plain REINFORCE.
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
