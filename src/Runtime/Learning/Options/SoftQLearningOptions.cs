using MdpDsl.Foundation;

namespace MdpDsl;

/// <summary>
/// Options of <c>SoftQLearning</c>, on a compiled model or on a simulator. <see cref="LearnerOptions.LearningRate"/>
/// is the critic's step size: on a compiled model its count n counts the updates of each (state, action) pair; on a
/// simulator, where states are not enumerated, it counts all critic updates. The defaults learn online from each
/// transition and bootstrap from the critic itself, as tabular soft Q-learning does; a function approximator is
/// steadier with replay (<see cref="BatchSize"/>) and a target critic (<see cref="TargetSmoothing"/> or
/// <see cref="TargetCopyInterval"/>).
/// </summary>
public sealed record SoftQLearningOptions : LearnerOptions
{
    /// <summary>The temperature T &gt; 0 of the soft backup and of the Boltzmann behaviour π ∝ exp(Q / T).</summary>
    public double Temperature { get; init; } = 1.0;

    /// <summary>
    /// The transitions replayed after each environment step, from a buffer of the last <see cref="ReplayCapacity"/>;
    /// 0 (the default) learns from each transition once, as it happens.
    /// </summary>
    public int BatchSize { get; init; }

    /// <summary>The most recent transitions kept for replay, at least <see cref="BatchSize"/>.</summary>
    public int ReplayCapacity { get; init; } = 10_000;

    /// <summary>
    /// τ in (0, 1]: the targets bootstrap from a target critic that moves to τ·critic + (1 − τ)·target after each
    /// replayed batch; null (the default) bootstraps from the critic itself. It needs replay (<see cref="BatchSize"/> ≥ 1).
    /// </summary>
    public double? TargetSmoothing { get; init; }

    /// <summary>
    /// When set (at least 1), the targets bootstrap from a hard copy of the critic, taken every this many replayed
    /// batches; it takes precedence over <see cref="TargetSmoothing"/>. It needs replay (<see cref="BatchSize"/> ≥ 1).
    /// </summary>
    public int? TargetCopyInterval { get; init; }

    internal override void Validate(int actionCount)
    {
        base.Validate(actionCount);
        SolverArguments.CheckTemperature(Temperature, nameof(Temperature));
        ReplayArguments.CheckReplay(BatchSize, ReplayCapacity, smallestBatch: 0);
        ReplayArguments.CheckTarget(TargetSmoothing, TargetCopyInterval);
        if (BatchSize == 0 && (TargetSmoothing is not null || TargetCopyInterval is not null))
            throw new System.ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "A target critic follows the critic after each replayed batch: set BatchSize to at least 1 to use one.");
    }
}
