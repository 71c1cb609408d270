using System.IO;
using MdpDsl.Benchmarks.Workload;

namespace MdpDsl.Benchmarks.Harness.Tests;

/// <summary>
/// <c>solve</c> on small TABMDP01 files: one JSON line whose vsum is Σ V* within the solver's guarantee, computed
/// independently by <see cref="ReferenceValues"/>; the dumped V; and every wrong input's exit code and message.
/// </summary>
public sealed class SolveCommandTests : IDisposable
{
    private const double Tolerance = 1e-8;
    private static readonly SparseMdp Workload = SyntheticMdp.Generate(300, 3, 3, seed: 5);
    private static readonly double[] Hard = ReferenceValues.Solve(Workload, soft: false);
    private static readonly double[] Soft = ReferenceValues.Solve(Workload, soft: true);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mdpdsl-harness-" + Guid.NewGuid().ToString("N"));
    private readonly string _file;

    public SolveCommandTests()
    {
        Directory.CreateDirectory(_folder);
        _file = Path.Combine(_folder, "w.bin");
        TabMdpWriter.Write(_file, Workload);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("vi", "hard", "sweeps")]
    [InlineData("gs", "hard", "sweeps")]
    [InlineData("pi", "hard", "evaluations")]
    [InlineData("mpi", "hard", "improvements")]
    [InlineData("ivi", "hard", "sweeps")]
    [InlineData("auto", "hard", "iterations")]
    [InlineData("vi", "soft", "sweeps")]
    [InlineData("pi", "soft", "evaluations")]
    public void Solve_prints_one_line_whose_vsum_is_that_of_the_optimal_values(string method, string kind, string counts)
    {
        var run = HarnessRun.Of("solve", "--file", _file, "--method", method, "--kind", kind, "--tol", "1e-8");
        Assert.Equal(0, run.ExitCode);
        var json = run.Json;
        Assert.Equal(method, json.GetProperty("method").GetString());
        Assert.Equal(kind, json.GetProperty("kind").GetString());
        Assert.True(json.GetProperty("converged").GetBoolean());
        Assert.True(json.GetProperty(counts).GetInt32() >= 1);
        Assert.True(json.GetProperty("seconds").GetDouble() >= 0);
        Assert.Equal(300, json.GetProperty("states").GetInt32());
        // Each V(s) is within ε/2 of V*(s), so the sums are within S·ε/2.
        var expected = (kind == "hard" ? Hard : Soft).Sum();
        var vsum = json.GetProperty("vsum").GetDouble();
        Assert.True(Math.Abs(vsum - expected) <= 300 * Tolerance / 2, $"vsum {vsum:R}, Σ V* {expected:R}");
    }

    [Fact]
    public void The_dumped_values_are_V_in_state_order_and_sum_to_vsum()
    {
        var dump = Path.Combine(_folder, "v.f64");
        var run = HarnessRun.Of("solve", "--file", _file, "--method", "gs", "--tol", "1e-8", "--dump-values", dump);
        Assert.Equal(0, run.ExitCode);
        var bytes = File.ReadAllBytes(dump);
        Assert.Equal(300 * sizeof(double), bytes.Length);
        var values = new double[300];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        for (var s = 0; s < 300; s++)
            Assert.True(Math.Abs(values[s] - Hard[s]) <= Tolerance / 2, $"V({s}) = {values[s]:R}, V* = {Hard[s]:R}");
        var sum = 0.0;
        foreach (var v in values)
            sum += v;
        Assert.Equal(run.Json.GetProperty("vsum").GetDouble(), sum);
    }

    [Theory]
    [InlineData("--method", "xx", "--method must be one of vi, gs, pi, mpi, ivi, auto; got 'xx'")]
    [InlineData("--method", "ivi", "--method ivi has no --kind soft; it has hard", "--kind", "soft")]
    [InlineData("--method", "vi", "--tol must be a positive, finite number; got '-1'", "--tol", "-1")]
    [InlineData("--method", "vi", "Unknown option --tolerance", "--tolerance", "1e-6")]
    public void A_wrong_command_line_exits_with_2_and_says_why(string option, string value, string message, params string[] more)
    {
        var run = HarnessRun.Of(["solve", "--file", _file, option, value, .. more]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_row_that_does_not_sum_to_1_is_a_bad_file_naming_state_and_action()
    {
        var probabilities = (double[])Workload.Probabilities.Clone();
        // Pair 4 is state 1, action 1.
        probabilities[4 * 3] += 0.25;
        var bad = new SparseMdp(300, 3, 3, 0.99, 5, Workload.Successors, probabilities, Workload.Rewards);
        var path = Path.Combine(_folder, "bad.bin");
        TabMdpWriter.Write(path, bad);

        var run = HarnessRun.Of("solve", "--file", path, "--method", "vi");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not a valid MDP", run.Error);
        Assert.Contains("(state 1, action 1) has probabilities summing to 1.25", run.Error);
    }

    [Fact]
    public void A_solver_that_cannot_solve_the_file_exits_with_1_and_says_why()
    {
        // γ = 1 and no terminal state: no policy ends the episode, which policy iteration needs.
        var undiscounted = new SparseMdp(300, 3, 3, 1.0, 5, Workload.Successors, Workload.Probabilities, Workload.Rewards);
        var path = Path.Combine(_folder, "undiscounted.bin");
        TabMdpWriter.Write(path, undiscounted);

        var run = HarnessRun.Of("solve", "--file", path, "--method", "pi");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: pi cannot solve", run.Error);
        Assert.Empty(run.Output);
    }
}
