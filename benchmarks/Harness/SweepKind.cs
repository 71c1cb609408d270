namespace MdpDsl.Benchmarks.Harness;

/// <summary>Which Bellman backup a sweep takes (WORKLOAD.md, "The sweep being timed").</summary>
internal enum SweepKind
{
    /// <summary>V'(s) = max_a Q(s, a).</summary>
    Hard,

    /// <summary>V'(s) = τ log Σ_a exp(Q(s, a) / τ) with τ = 1.</summary>
    Soft,
}

/// <summary>A <see cref="SweepKind"/> as the command line spells it.</summary>
internal static class SweepKinds
{
    /// <exception cref="UsageException">The text is neither <c>hard</c> nor <c>soft</c>.</exception>
    public static SweepKind Parse(string text) => text switch
    {
        "hard" => SweepKind.Hard,
        "soft" => SweepKind.Soft,
        _ => throw new UsageException($"--kind must be hard or soft; got '{text}'."),
    };

    public static string Name(SweepKind kind) => kind == SweepKind.Hard ? "hard" : "soft";
}
