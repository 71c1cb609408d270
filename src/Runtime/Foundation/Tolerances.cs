namespace MdpDsl.Foundation;

/// <summary>The numerical tolerances every layer checks against, defined once below all of them.</summary>
internal static class Tolerances
{
    /// <summary>How far a probability distribution (successors, a policy row, an initial distribution) may sum from 1.</summary>
    public const double Probability = 1e-9;
}
