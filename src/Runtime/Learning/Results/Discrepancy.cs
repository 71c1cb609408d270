using System.Globalization;

namespace MdpDsl;

/// <summary>
/// How far one learned table lies from the exact one: the largest error, where it lies and how much experience
/// stands behind that entry, and the mean error weighted by the visits of each entry. A large maximum on an entry
/// tried twice says little about the learner; the weighted mean says how wrong it is where it has acted.
/// </summary>
/// <typeparam name="TAt">What an entry is: a state, or a (state, action) pair.</typeparam>
/// <param name="Maximum">The largest error over the entries compared (non-terminal states, allowed pairs).</param>
/// <param name="At">The entry of the largest error (the first in index order on a tie).</param>
/// <param name="VisitsAt">The steps the learner took from that entry.</param>
/// <param name="VisitWeightedMean">Σ visits·error / Σ visits over the entries compared; NaN when none was visited.</param>
public sealed record Discrepancy<TAt>(double Maximum, TAt At, long VisitsAt, double VisitWeightedMean)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "max {0:G4} at {1} ({2:N0} visits), visit-weighted mean {3}",
            Maximum, At, VisitsAt, double.IsNaN(VisitWeightedMean) ? "undefined (nothing visited)" : VisitWeightedMean.ToString("G4", CultureInfo.InvariantCulture));
}
