using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using MdpDsl.Benchmarks.Workload;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>
/// <c>solve --file F --method vi|gs|pi|mpi|ivi|auto [--kind hard|soft] [--tol 1e-6] …</c>: reads a TABMDP01 file into a
/// <see cref="TabularMdp"/>, solves it to the tolerance and prints one JSON line with the time of the solve alone,
/// the solver's iteration count, Σ V and the final residual and error bound, comparable with
/// <c>limit bellman F --tol ε</c>'s RESULT line on the same file.
/// </summary>
internal static class SolveCommand
{
    public static int Run(Options options)
    {
        var path = options.String("file");
        var name = options.String("method");
        var kindText = options.String("kind", "");
        SweepKind? kind = kindText.Length == 0 ? null : SweepKinds.Parse(kindText);
        var method = SolveMethod.Find(name, kind);
        var settings = new SolveSettings(
            options.PositiveNumber("tol", fallback: 1e-6),
            options.PositiveNumber("temperature", fallback: 1.0),
            (int)options.Integer("max-iterations", 1, int.MaxValue, fallback: 1_000_000),
            (int)options.Integer("evaluation-sweeps", 1, int.MaxValue, fallback: 10));
        var repetitions = (int)options.Integer("reps", 1, 1_000, fallback: 1);
        var dump = options.String("dump-values", "");
        options.EnsureAllUsed();

        var mdp = TabMdpReader.Read(path);
        var model = ModelLoader.Load(mdp, path);
        var seconds = new double[repetitions];
        Solution<int, int>? solution = null;
        for (var repetition = 0; repetition < repetitions; repetition++)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                solution = method.Solve(model, settings);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or DivergenceException)
            {
                // The model is valid but this solver cannot solve it (γ = 1 without an end, a positive reward for ivi…).
                Console.Error.WriteLine($"error: {name} cannot solve {path}: {e.Message}");
                return 1;
            }
            seconds[repetition] = clock.Elapsed.TotalSeconds;
        }

        var values = solution!.V.AsSpan();
        if (dump.Length > 0)
            WriteValues(dump, values);
        Console.WriteLine(new JsonLine()
            .Add("method", method.Name)
            .Add("kind", SweepKinds.Name(method.Kind))
            .Add("tol", settings.Tolerance)
            .Add("reps", repetitions)
            .Add("seconds", seconds.Min())
            .Add("seconds_mean", seconds.Average())
            .Add(method.Counts, solution.Iterations)
            .Add("converged", solution.Converged)
            .Add("vsum", ValueSum.InStateOrder(values))
            .Add("residual", solution.Residual)
            .Add("bound", solution.ErrorBound ?? double.NaN)
            .Add("states", mdp.StateCount)
            .Add("actions", mdp.ActionCount)
            .Add("k", mdp.SuccessorCount));
        return 0;
    }

    /// <summary>V as raw little-endian float64 in state order, the layout of <c>limit --dump</c>, for numpy.fromfile.</summary>
    private static void WriteValues(string path, ReadOnlySpan<double> values)
    {
        using var file = File.Create(path);
        file.Write(MemoryMarshal.AsBytes(values));
    }
}
