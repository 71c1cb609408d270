using System;

namespace MdpDsl;

/// <summary>The checks of the replay and target-network options that soft Q-learning and soft actor-critic share.</summary>
internal static class ReplayArguments
{
    public static void CheckReplay(int batchSize, int replayCapacity, int smallestBatch)
    {
        if (batchSize < smallestBatch)
            throw new ArgumentOutOfRangeException("BatchSize", batchSize, $"The batch size must be at least {smallestBatch}.");
        if (replayCapacity < Math.Max(batchSize, 1))
            throw new ArgumentOutOfRangeException("ReplayCapacity", replayCapacity, $"The replay buffer must hold at least a batch ({Math.Max(batchSize, 1)}).");
    }

    public static void CheckTarget(double? smoothing, int? copyInterval)
    {
        if (smoothing is { } tau && !(tau > 0 && tau <= 1))
            throw new ArgumentOutOfRangeException("TargetSmoothing", tau, "The target smoothing τ must lie in (0, 1].");
        if (copyInterval is { } interval && interval < 1)
            throw new ArgumentOutOfRangeException("TargetCopyInterval", interval, "The target copy interval must be at least 1 batch.");
    }
}
