using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace MdpDsl.Benchmarks;

/// <summary>
/// Time to ε = 1e-6 for the iterative hard solvers on the model shapes behind <c>Solve()</c>'s rule (docs/algorithms.md,
/// "Choosing a solver"), as a ratio to value iteration in the same run: a slippery N × N grid (the intended move with
/// probability 0.8, each side 0.1, −1 per step, the far corner terminal) and a random sparse MDP (4 actions, 4
/// successors of probability ¼, rewards in [−1, 0], no terminal state), at γ = 0.99 and 0.999. Policy iteration is
/// left out: on these sizes its evaluation is iterative and far slower, which is why the rule keeps it for at most 200
/// non-terminal states.
/// </summary>
[MemoryDiagnoser]
public class SolverChoiceBenchmarks
{
    private const double Tolerance = 1e-6;

    private TabularMdp _model = null!;

    /// <summary>The model shape: <c>grid-N</c> or <c>random-N</c>.</summary>
    [Params("grid-30", "grid-100", "random-10000")]
    public string Shape { get; set; } = "grid-30";

    /// <summary>The discount factor γ.</summary>
    [Params(0.99, 0.999)]
    public double Discount { get; set; }

    /// <summary>Builds the model once per parameter set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (kind, size) = (Shape.Split('-')[0], int.Parse(Shape.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture));
        _model = kind == "grid" ? Grid(size, Discount) : Random(size, Discount);
        Console.WriteLine($"// {Shape}, γ = {Discount}: Solve() picks {_model.ChooseSolver()}");
    }

    /// <summary>Jacobi value iteration.</summary>
    [Benchmark(Baseline = true)]
    public double ValueIteration() => _model.ValueIteration(Tolerance).V.AsSpan()[0];

    /// <summary>Gauss–Seidel value iteration.</summary>
    [Benchmark]
    public double GaussSeidel() => _model.GaussSeidelValueIteration(Tolerance).V.AsSpan()[0];

    /// <summary>Modified policy iteration, m = 10.</summary>
    [Benchmark]
    public double ModifiedPolicyIteration() => _model.ModifiedPolicyIteration(tolerance: Tolerance).V.AsSpan()[0];

    /// <summary>What <c>Solve()</c> picks.</summary>
    [Benchmark]
    public double Solve() => _model.Solve(Tolerance).V.AsSpan()[0];

    private static TabularMdp Grid(int n, double discount)
    {
        var moves = new (int Dx, int Dy)[] { (0, 1), (0, -1), (-1, 0), (1, 0) };
        var rows = new (int, double)[n * n][][];
        var rewards = new double[n * n, moves.Length];
        var terminal = new bool[n * n];
        terminal[n * n - 1] = true;
        for (var s = 0; s < n * n; s++)
        {
            rows[s] = new (int, double)[moves.Length][];
            for (var a = 0; a < moves.Length; a++)
            {
                var (side1, side2) = a < 2 ? (2, 3) : (0, 1);
                rows[s][a] = [(Go(s, moves[a]), 0.8), (Go(s, moves[side1]), 0.1), (Go(s, moves[side2]), 0.1)];
                rewards[s, a] = -1;
            }
        }
        return TabularMdp.FromSparse(rows, rewards, discount, new TabularMdpOptions { Terminal = terminal });

        int Go(int s, (int Dx, int Dy) move)
        {
            var (x, y) = (s % n + move.Dx, s / n + move.Dy);
            return x >= 0 && x < n && y >= 0 && y < n ? y * n + x : s;
        }
    }

    private static TabularMdp Random(int n, double discount)
    {
        var random = new Random(20261129);
        var rows = new (int, double)[n][][];
        var rewards = new double[n, 4];
        for (var s = 0; s < n; s++)
        {
            rows[s] = new (int, double)[4][];
            for (var a = 0; a < 4; a++)
            {
                var successors = new List<(int, double)>(4);
                for (var k = 0; k < 4; k++)
                    successors.Add((random.Next(n), 0.25));
                rows[s][a] = successors.ToArray();
                rewards[s, a] = -random.NextDouble();
            }
        }
        return TabularMdp.FromSparse(rows, rewards, discount);
    }
}
