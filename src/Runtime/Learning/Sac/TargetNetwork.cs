namespace MdpDsl.Learning;

/// <summary>
/// How a critic's target copy Q̄ follows it after each replayed batch: Polyak averaging Q̄ ← τ Q + (1 − τ) Q̄, or a hard
/// copy every <c>copyInterval</c> batches (which then takes precedence), or not at all, when the targets bootstrap
/// from the critic itself.
/// </summary>
internal sealed class TargetNetwork(double? smoothing, int? copyInterval)
{
    private long _batches;

    /// <summary>Whether there is a target copy to bootstrap from.</summary>
    public bool Exists => smoothing is not null || copyInterval is not null;

    public void AfterBatch<TState>(ISoftCritic<TState> critic)
    {
        _batches++;
        if (copyInterval is { } interval)
        {
            if (_batches % interval == 0)
                critic.UpdateTarget(1);
        }
        else if (smoothing is { } tau)
        {
            critic.UpdateTarget(tau);
        }
    }
}
