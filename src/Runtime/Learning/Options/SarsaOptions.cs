namespace MdpDsl;

/// <summary>Options of <c>Sarsa</c>; a decaying <see cref="EpsilonGreedyOptions.Exploration"/> lets it converge to the optimal policy.</summary>
public sealed record SarsaOptions : EpsilonGreedyOptions;
