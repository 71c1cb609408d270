using System.Globalization;

namespace MdpDsl;

/// <summary>The mean discounted return of a policy over independent rollouts, with its standard error.</summary>
/// <param name="Mean">The mean of the rollouts' discounted returns Σ γᵗ rₜ.</param>
/// <param name="StandardError">The sample standard deviation of the returns over √episodes.</param>
/// <param name="Episodes">The number of rollouts.</param>
public readonly record struct MonteCarloEstimate(double Mean, double StandardError, int Episodes)
{
    /// <summary>"mean ± standard error (n rollouts)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Mean:G6} ± {StandardError:G3} ({Episodes} rollouts)");
}
