namespace MdpDsl;

/// <summary>Options of <c>QLearning</c>.</summary>
public sealed record QLearningOptions : EpsilonGreedyOptions;
