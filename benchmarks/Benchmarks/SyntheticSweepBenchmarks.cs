using BenchmarkDotNet.Attributes;
using MdpDsl.Benchmarks.Workload;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Benchmarks;

/// <summary>
/// One Jacobi sweep, hard and soft (temperature 1), over WORKLOAD.md's random sparse MDPs, generated in memory by
/// the same code as the harness's <c>generate</c>. One operation is one sweep; the arrays swap after each, so the
/// values iterate toward the fixed point exactly as in value iteration.
/// </summary>
[MemoryDiagnoser]
public class SyntheticSweepBenchmarks
{
    private TransitionTable _table = null!;
    private double _discount;
    private double[] _values = null!;
    private double[] _next = null!;

    /// <summary>Which workload shape to sweep.</summary>
    [Params(WorkloadSize.Small, WorkloadSize.Medium)]
    public WorkloadSize Size { get; set; }

    /// <summary>Generates the table and starts from V = 0.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var mdp = Size == WorkloadSize.Small ? SyntheticMdp.Small() : SyntheticMdp.Medium();
        _table = mdp.ToTable();
        _discount = mdp.Discount;
        _values = new double[mdp.StateCount];
        _next = new double[mdp.StateCount];
    }

    /// <summary>V'(s) = max_a Q(s, a).</summary>
    [Benchmark]
    public double Hard()
    {
        var residual = Bellman.Sweep(_table, _discount, _values, _next);
        (_values, _next) = (_next, _values);
        return residual;
    }

    /// <summary>V'(s) = log Σ_a exp Q(s, a).</summary>
    [Benchmark]
    public double Soft()
    {
        var residual = Bellman.SoftSweep(_table, _discount, 1.0, _values, _next);
        (_values, _next) = (_next, _values);
        return residual;
    }
}
