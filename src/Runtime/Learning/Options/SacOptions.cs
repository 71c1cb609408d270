using System;
using System.Globalization;
using MdpDsl.Foundation;

namespace MdpDsl;

/// <summary>
/// Options of <c>Sac</c>, discrete-action soft actor-critic, on a compiled model or on a simulator. After every
/// environment step it replays <see cref="BatchSize"/> transitions from a buffer of the last <see cref="ReplayCapacity"/>.
/// <see cref="LearnerOptions.LearningRate"/> is the critic's step size. On a compiled model its count n counts the
/// updates of each (state, action) pair; on a simulator, where states are not enumerated, it counts all critic updates.
/// </summary>
public sealed record SacOptions : LearnerOptions
{
    /// <summary>
    /// The actor's step size on its logits, in (0, 1]. On a compiled model its count n counts the updates of each state;
    /// on a simulator, all actor updates.
    /// </summary>
    public Schedule ActorLearningRate { get; init; } = 0.1;

    /// <summary>The temperature α &gt; 0 the run starts with; it stays there unless <see cref="TargetEntropy"/> is set.</summary>
    public double Temperature { get; init; } = 1.0;

    /// <summary>
    /// The mean policy entropy (nats) that the temperature is tuned toward, in [0, log |A|]; null keeps
    /// <see cref="Temperature"/> fixed.
    /// </summary>
    public double? TargetEntropy { get; init; }

    /// <summary>The step size of log α, in (0, 1], counted by the replayed batches.</summary>
    public Schedule TemperatureLearningRate { get; init; } = 0.01;

    /// <summary>The transitions replayed after each environment step, at least 1.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>The most recent transitions kept for replay, at least <see cref="BatchSize"/>.</summary>
    public int ReplayCapacity { get; init; } = 10_000;

    /// <summary>τ in (0, 1]: after each batch the target critic moves to τ·critic + (1 − τ)·target.</summary>
    public double TargetSmoothing { get; init; } = 0.05;

    /// <summary>
    /// When set (at least 1), the target critic is instead a hard copy of the critic, taken every this many batches,
    /// and <see cref="TargetSmoothing"/> is not used.
    /// </summary>
    public int? TargetCopyInterval { get; init; }

    internal override void Validate(int actionCount)
    {
        base.Validate(actionCount);
        ActorLearningRate.CheckRate(nameof(ActorLearningRate));
        TemperatureLearningRate.CheckRate(nameof(TemperatureLearningRate));
        SolverArguments.CheckTemperature(Temperature, nameof(Temperature));
        var maximum = Math.Log(actionCount);
        if (TargetEntropy is { } target && !(target >= 0 && target <= maximum))
            throw new ArgumentOutOfRangeException(nameof(TargetEntropy), target, $"The target entropy must lie in [0, log |A|] = [0, {maximum.ToString("G4", CultureInfo.InvariantCulture)}] nats: no policy over {actionCount} actions has more.");
        ReplayArguments.CheckReplay(BatchSize, ReplayCapacity, smallestBatch: 1);
        ReplayArguments.CheckTarget(TargetSmoothing, TargetCopyInterval);
    }
}
