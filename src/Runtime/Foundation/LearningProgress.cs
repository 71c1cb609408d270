namespace MdpDsl;

/// <summary>What a learner reports after each episode.</summary>
/// <param name="Episode">The number of completed episodes.</param>
/// <param name="Steps">The simulator steps taken so far, over every episode.</param>
/// <param name="Return">The undiscounted return Σ rₜ of the episode just completed.</param>
public readonly record struct LearningProgress(int Episode, long Steps, double Return);
