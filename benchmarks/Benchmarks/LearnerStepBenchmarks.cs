using System;
using BenchmarkDotNet.Attributes;
using MdpDsl.Benchmarks.Models;

namespace MdpDsl.Benchmarks;

/// <summary>
/// Tabular learning on the GridWorld model: one operation is a whole seeded run of <see cref="Episodes"/>
/// episodes. A run's step count is fixed by its seed and printed by the set-up, so steps per second are the
/// step count over the mean; the allocated bytes are the run's fixed tables, none per step.
/// </summary>
[MemoryDiagnoser]
public class LearnerStepBenchmarks
{
    private const int Episodes = 2_000;

    private SlipperyGrid.Model _model = null!;
    private readonly QLearningOptions _qLearning = new() { Episodes = Episodes, Seed = 1 };
    private readonly SoftQLearningOptions _softQLearning = new() { Episodes = Episodes, Seed = 1, Temperature = 0.5 };

    /// <summary>Compiles the model and prints each run's step count.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _model = SlipperyGrid.Compile();
        Console.WriteLine($"// steps per run: Q-learning {QLearning()}, soft Q-learning {SoftQLearning()}");
    }

    /// <summary>Q-learning with ε-greedy exploration; returns the number of steps taken.</summary>
    [Benchmark(Baseline = true)]
    public long QLearning() => _model.QLearning(_qLearning).Steps;

    /// <summary>Soft Q-learning with a Boltzmann behaviour policy at T = 0.5; returns the number of steps taken.</summary>
    [Benchmark]
    public long SoftQLearning() => _model.SoftQLearning(_softQLearning).Steps;
}
