using System;
using System.Collections.Generic;
using System.Linq;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>One solver the <c>solve</c> command can run: its name on the command line, its backup and how to call it.</summary>
/// <param name="Name">The value of <c>--method</c>.</param>
/// <param name="Kind">The value of <c>--kind</c> it answers to.</param>
/// <param name="Counts">What the solver's iterations count, the name of that number in the JSON line.</param>
/// <param name="Solve">Runs the solver.</param>
internal sealed record SolveMethod(string Name, SweepKind Kind, string Counts, Func<TabularMdp, SolveSettings, Solution<int, int>> Solve)
{
    /// <summary>Every method; a new solver is one line here.</summary>
    public static IReadOnlyList<SolveMethod> All { get; } =
    [
        new("vi", SweepKind.Hard, "sweeps", (m, o) => m.ValueIteration(o.Tolerance, o.MaxIterations)),
        new("gs", SweepKind.Hard, "sweeps", (m, o) => m.GaussSeidelValueIteration(o.Tolerance, o.MaxIterations)),
        new("pi", SweepKind.Hard, "evaluations", (m, o) => m.PolicyIteration(o.Tolerance, o.MaxIterations)),
        new("mpi", SweepKind.Hard, "improvements", (m, o) => m.ModifiedPolicyIteration(o.EvaluationSweeps, o.Tolerance, o.MaxIterations)),
        new("ivi", SweepKind.Hard, "sweeps", (m, o) => m.IntervalValueIteration(o.Tolerance, o.MaxIterations)),
        new("auto", SweepKind.Hard, "iterations", (m, o) => m.Solve(o.Tolerance)),
        new("vi", SweepKind.Soft, "sweeps", (m, o) => m.SoftValueIteration(o.Temperature, o.Tolerance, o.MaxIterations)),
        new("pi", SweepKind.Soft, "evaluations", (m, o) => m.SoftPolicyIteration(o.Temperature, o.Tolerance, o.MaxIterations)),
    ];

    /// <summary>
    /// The method called <paramref name="name"/> with backup <paramref name="kind"/>; without a kind, its hard
    /// variant, or its only one.
    /// </summary>
    /// <exception cref="UsageException">No method has that name, or not with that kind.</exception>
    public static SolveMethod Find(string name, SweepKind? kind)
    {
        var named = All.Where(m => m.Name == name).ToArray();
        if (named.Length == 0)
            throw new UsageException($"--method must be one of {string.Join(", ", All.Select(m => m.Name).Distinct())}; got '{name}'.");
        return named.FirstOrDefault(m => m.Kind == (kind ?? SweepKind.Hard))
            ?? (kind is null ? named[0] : throw new UsageException($"--method {name} has no --kind {SweepKinds.Name(kind.Value)}; it has {string.Join(" and ", named.Select(m => SweepKinds.Name(m.Kind)))}."));
    }
}
