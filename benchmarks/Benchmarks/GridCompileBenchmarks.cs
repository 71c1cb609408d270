using System;
using BenchmarkDotNet.Attributes;
using MdpDsl.Benchmarks.Models;

namespace MdpDsl.Benchmarks;

/// <summary>
/// The generated <c>Compile()</c> of a 1,000 × 1,000 grid (1,000,000 states, 4,000,000 pairs) in three declarations:
/// deterministic (<c>Cell T(Cell, Move)</c>, no probabilities or row starts stored), a one-outcome
/// <c>IEnumerable</c> (CSR storage, and an iterator object per (state, action)), and a one-outcome transition that
/// adds to the compiler's buffer (the same CSR storage, no iterator). The memory columns show what building the table
/// allocates; the set-up prints the bytes of each final table, read from its arrays, to compare them with.
/// </summary>
[MemoryDiagnoser]
public class GridCompileBenchmarks
{
    /// <summary>Prints the exact size of each model's table, so that the allocated bytes can be read as a ratio to it.</summary>
    [GlobalSetup]
    public void Setup() =>
        Console.WriteLine(
            $"// final table bytes: deterministic {DeterministicGrid.Compile().Table.Bytes:N0}, " +
            $"stochastic {StochasticGrid.Compile().Table.Bytes:N0}, sink {SinkGrid.Compile().Table.Bytes:N0}");

    /// <summary>Compiles <see cref="DeterministicGrid"/>.</summary>
    [Benchmark(Baseline = true)]
    public object Deterministic() => DeterministicGrid.Compile();

    /// <summary>Compiles <see cref="StochasticGrid"/>.</summary>
    [Benchmark]
    public object Stochastic() => StochasticGrid.Compile();

    /// <summary>Compiles <see cref="SinkGrid"/>.</summary>
    [Benchmark]
    public object Sink() => SinkGrid.Compile();
}
