namespace MdpDsl.Benchmarks;

/// <summary>The two required sizes of WORKLOAD.md, generated in memory by <see cref="Workload.SyntheticMdp"/>.</summary>
public enum WorkloadSize
{
    /// <summary>10,000 states, 4 actions, 4 successors: the working set stays in cache.</summary>
    Small,

    /// <summary>1,000,000 states, 4 actions, 8 successors: 384 MB of indices and probabilities streamed per sweep.</summary>
    Medium,
}
