using System;

namespace MdpDsl;

/// <summary>Settings of maximum-entropy inverse reinforcement learning.</summary>
public sealed record MaxEntIrlOptions
{
    /// <summary>The gradient-ascent step size η on the mean log-likelihood per demonstration.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>The number of gradient steps.</summary>
    public int Iterations { get; init; } = 200;

    /// <summary>The number of steps the soft-optimal policy plans for; defaults to the model's horizon, else the longest demonstration.</summary>
    public int? Horizon { get; init; }

    /// <summary>The starting weights θ₀ (zeros when null).</summary>
    public double[]? InitialWeights { get; init; }

    internal void Validate(int features)
    {
        if (!(LearningRate > 0) || double.IsInfinity(LearningRate))
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "The learning rate must be positive and finite.");
        if (Iterations < 1)
            throw new ArgumentOutOfRangeException(nameof(Iterations), Iterations, "At least one iteration is needed.");
        if (Horizon is < 1)
            throw new ArgumentOutOfRangeException(nameof(Horizon), Horizon, "The horizon must be at least 1.");
        if (InitialWeights is { } weights && (weights.Length != features || Array.Exists(weights, w => !double.IsFinite(w))))
            throw new ArgumentException($"The initial weights must be {features} finite numbers.", nameof(InitialWeights));
    }
}
