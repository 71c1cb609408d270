using System;
using System.Globalization;
using MdpDsl.Foundation;
using MdpDsl.Storage;

namespace MdpDsl;

/// <summary>
/// Options of <c>Sac</c>, discrete-action soft actor-critic. After every environment step it replays
/// <see cref="BatchSize"/> transitions from a buffer of the last <see cref="ReplayCapacity"/>.
/// <see cref="LearnerOptions.LearningRate"/> is the critic's step size, counted by the updates of each
/// (state, action) pair.
/// </summary>
public sealed record SacOptions : LearnerOptions
{
    /// <summary>The actor's step size on its logits, in (0, 1], counted by the updates of each state.</summary>
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

    internal override void Validate(TransitionTable table)
    {
        base.Validate(table);
        ActorLearningRate.CheckRate(nameof(ActorLearningRate));
        TemperatureLearningRate.CheckRate(nameof(TemperatureLearningRate));
        SolverArguments.CheckTemperature(Temperature, nameof(Temperature));
        var maximum = Math.Log(table.ActionCount);
        if (TargetEntropy is { } target && !(target >= 0 && target <= maximum))
            throw new ArgumentOutOfRangeException(nameof(TargetEntropy), target, $"The target entropy must lie in [0, log |A|] = [0, {maximum.ToString("G4", CultureInfo.InvariantCulture)}] nats: no policy over {table.ActionCount} actions has more.");
        if (BatchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "The batch size must be at least 1.");
        if (ReplayCapacity < BatchSize)
            throw new ArgumentOutOfRangeException(nameof(ReplayCapacity), ReplayCapacity, $"The replay buffer must hold at least a batch ({BatchSize}).");
        if (!(TargetSmoothing > 0 && TargetSmoothing <= 1))
            throw new ArgumentOutOfRangeException(nameof(TargetSmoothing), TargetSmoothing, "The target smoothing τ must lie in (0, 1].");
    }
}
