using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MdpDsl.Benchmarks.Models;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Benchmarks;

/// <summary>
/// One sweep over the same 1,000 × 1,000 grid in the two storages the generator picks: deterministic (declared
/// <c>Cell T(Cell, Move)</c>) and general CSR (declared as a distribution with one outcome). The ratio column
/// compares each stochastic sweep with the deterministic one of the same backup.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GridSweepBenchmarks
{
    private Storage _deterministic = null!;
    private Storage _stochastic = null!;

    /// <summary>Compiles both models once per process; compiling is measured by <see cref="GridCompileBenchmarks"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var deterministic = DeterministicGrid.Compile();
        var stochastic = StochasticGrid.Compile();
        _deterministic = new Storage(deterministic.Table, deterministic.Discount);
        _stochastic = new Storage(stochastic.Table, stochastic.Discount);
    }

    /// <summary>Hard sweep, deterministic storage.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Hard")]
    public double DeterministicHard() => _deterministic.Hard();

    /// <summary>Hard sweep, CSR storage.</summary>
    [Benchmark, BenchmarkCategory("Hard")]
    public double StochasticHard() => _stochastic.Hard();

    /// <summary>Soft sweep, deterministic storage.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Soft")]
    public double DeterministicSoft() => _deterministic.Soft();

    /// <summary>Soft sweep, CSR storage.</summary>
    [Benchmark, BenchmarkCategory("Soft")]
    public double StochasticSoft() => _stochastic.Soft();

    /// <summary>A table with its own pair of value arrays, swapped after every sweep.</summary>
    private sealed class Storage(TransitionTable table, double discount)
    {
        private double[] _values = new double[table.StateCount];
        private double[] _next = new double[table.StateCount];

        public double Hard()
        {
            var residual = Bellman.Sweep(table, discount, _values, _next);
            (_values, _next) = (_next, _values);
            return residual;
        }

        public double Soft()
        {
            var residual = Bellman.SoftSweep(table, discount, 1.0, _values, _next);
            (_values, _next) = (_next, _values);
            return residual;
        }
    }
}
