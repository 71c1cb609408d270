using System;
using System.Diagnostics;
using System.Runtime;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>What <see cref="SweepTimer.Run"/> measured.</summary>
/// <param name="MedianMilliseconds">The median time of one sweep over every timed sweep of every repetition.</param>
/// <param name="ValueSum">Σ_s V(s) after the first repetition, summed in state order like the C reference.</param>
/// <param name="Warmup">The untimed sweeps that ran first.</param>
internal sealed record SweepTiming(double MedianMilliseconds, double ValueSum, Warmup Warmup);

/// <summary>How many untimed sweeps ran before the timed ones, and for how long.</summary>
internal sealed record Warmup(int Sweeps, TimeSpan Duration);

/// <summary>
/// Times Jacobi Bellman sweeps exactly as WORKLOAD.md and the C reference (limit bellman) do: each repetition
/// restarts from V = 0, each sweep computes V' from V and the two arrays swap, and each sweep is timed on its own.
/// </summary>
internal static class SweepTimer
{
    // The C reference runs 2 untimed sweeps. The .NET kernel also needs tiered compilation to replace its first,
    // unoptimized code, which can take seconds (on one core the runtime delays tier-up tenfold, and unoptimized
    // vector code is tens of times slower). So the warm-up also lasts until the JIT has compiled nothing for a
    // while, tier-1 recompilations included, within a cap for kernels that keep the JIT busy.
    private const int MinWarmupSweeps = 2;
    private static readonly TimeSpan MinWarmupTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan JitQuietTime = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxWarmupTime = TimeSpan.FromSeconds(60);

    /// <summary>The soft backup's temperature, fixed by WORKLOAD.md.</summary>
    public const double Temperature = 1.0;

    public static SweepTiming Run(TransitionTable table, double discount, SweepKind kind, int sweeps, int repetitions)
    {
        var values = new double[table.StateCount];
        var next = new double[table.StateCount];

        var warmup = WarmUp(table, discount, kind, values, next);

        var milliseconds = new double[sweeps * repetitions];
        var valueSum = 0.0;
        for (var repetition = 0; repetition < repetitions; repetition++)
        {
            Array.Clear(values);
            for (var sweep = 0; sweep < sweeps; sweep++)
            {
                var start = Stopwatch.GetTimestamp();
                Sweep(table, discount, kind, values, next);
                milliseconds[repetition * sweeps + sweep] = (Stopwatch.GetTimestamp() - start) * 1000.0 / Stopwatch.Frequency;
                (values, next) = (next, values);
            }
            if (repetition == 0)
                valueSum = ValueSum.InStateOrder(values);
        }
        return new SweepTiming(Median(milliseconds), valueSum, warmup);
    }

    private static Warmup WarmUp(TransitionTable table, double discount, SweepKind kind, double[] values, double[] next)
    {
        var clock = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        var lastCompile = TimeSpan.Zero;
        var sweeps = 0;
        while (sweeps < MinWarmupSweeps || clock.Elapsed < MinWarmupTime || clock.Elapsed - lastCompile < JitQuietTime)
        {
            if (clock.Elapsed > MaxWarmupTime)
                break;
            Sweep(table, discount, kind, values, next);
            (values, next) = (next, values);
            sweeps++;
            var count = JitInfo.GetCompiledMethodCount();
            if (count != compiled)
                (compiled, lastCompile) = (count, clock.Elapsed);
        }
        return new Warmup(sweeps, clock.Elapsed);
    }

    private static void Sweep(TransitionTable table, double discount, SweepKind kind, double[] values, double[] next)
    {
        // The returned residual is ignored, as the C reference computes none; the runtime computes it anyway.
        _ = kind == SweepKind.Hard
            ? Bellman.Sweep(table, discount, values, next)
            : Bellman.SoftSweep(table, discount, Temperature, values, next);
    }

    // The mean of the two middle values for an even count, as limit.c's median() does.
    private static double Median(double[] samples)
    {
        var sorted = (double[])samples.Clone();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
    }
}
