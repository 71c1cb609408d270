using BenchmarkDotNet.Attributes;
using MdpDsl.Benchmarks.Models;

namespace MdpDsl.Benchmarks;

/// <summary>
/// The generated <c>Compile()</c> of a 1,000 × 1,000 grid (1,000,000 states, 4,000,000 pairs): the deterministic
/// declaration versus the one-outcome distribution, which also pays for an iterator per (state, action) and for
/// probability and row-start arrays. The memory columns show what building the table allocates.
/// </summary>
[MemoryDiagnoser]
public class GridCompileBenchmarks
{
    /// <summary>Compiles <see cref="DeterministicGrid"/>.</summary>
    [Benchmark(Baseline = true)]
    public object Deterministic() => DeterministicGrid.Compile();

    /// <summary>Compiles <see cref="StochasticGrid"/>.</summary>
    [Benchmark]
    public object Stochastic() => StochasticGrid.Compile();
}
