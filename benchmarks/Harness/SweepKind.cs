namespace MdpDsl.Benchmarks.Harness;

/// <summary>Which Bellman backup a sweep takes (WORKLOAD.md, "The sweep being timed").</summary>
internal enum SweepKind
{
    /// <summary>V'(s) = max_a Q(s, a).</summary>
    Hard,

    /// <summary>V'(s) = τ log Σ_a exp(Q(s, a) / τ) with τ = 1.</summary>
    Soft,
}
