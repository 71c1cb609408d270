using System;
using MdpDsl.Benchmarks.Workload;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>
/// <c>sweep --file F --kind hard|soft [--sweeps 20] [--reps 5]</c>: reads a TABMDP01 file, builds the runtime's
/// table, times the sweeps and prints one JSON line comparable with limit.c's RESULT line.
/// </summary>
internal static class SweepCommand
{
    public static int Run(Options options)
    {
        var path = options.String("file");
        var kind = SweepKinds.Parse(options.String("kind"));
        var sweeps = (int)options.Integer("sweeps", 1, 1_000_000, fallback: 20);
        var repetitions = (int)options.Integer("reps", 1, 1_000_000, fallback: 5);
        options.EnsureAllUsed();

        var mdp = TabMdpReader.Read(path);
        var table = ModelLoader.Load(mdp, path).Table;
        var timing = SweepTimer.Run(table, mdp.Discount, kind, sweeps, repetitions);
        // On stderr, so that stdout stays the one JSON line scripts parse.
        Console.Error.WriteLine($"warm-up: {timing.Warmup.Sweeps} untimed sweeps in {timing.Warmup.Duration.TotalSeconds:F1} s");
        Console.WriteLine(new JsonLine()
            .Add("kind", SweepKinds.Name(kind))
            .Add("sweeps", sweeps)
            .Add("reps", repetitions)
            .Add("median_ms", timing.MedianMilliseconds)
            .Add("vsum", timing.ValueSum)
            .Add("states", mdp.StateCount)
            .Add("actions", mdp.ActionCount)
            .Add("k", mdp.SuccessorCount));
        return 0;
    }
}
