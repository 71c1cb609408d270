namespace MdpDsl.Interchange;

/// <summary>How <c>ExportPrism</c> writes a model's rewards.</summary>
public sealed record PrismExportOptions
{
    /// <summary>The options used when none are given.</summary>
    public static PrismExportOptions Default { get; } = new();

    /// <summary>The name of the reward structure in the <c>.srew</c> and <c>.trew</c> headers; a PRISM identifier. Defaults to <c>reward</c>.</summary>
    public string RewardStructure { get; init; } = "reward";

    /// <summary>
    /// Writes −r(s, a) instead of r(s, a). PRISM's reward operators expect non-negative rewards, so a model of costs
    /// (rewards ≤ 0) is exported with its costs positive and checked with <c>Rmin</c> rather than <c>Rmax</c>.
    /// </summary>
    public bool NegateRewards { get; init; }
}
