using System.Threading;
using System;
using MdpDsl.Foundation;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// Soft value iteration, the structured variational answer of control as inference (Levine 2018, §4.2):
/// Q(s, a) = r(s, a) + γ Σ p(s'|s, a) V(s'), V(s) = T·log Σ_a p(a|s) exp(Q(s, a) / T),
/// π(a|s) ∝ p(a|s) exp(Q(s, a) / T), with no action prior (p ≡ 1) unless one is given.
/// As T → 0 it tends to <see cref="ValueIteration"/>.
/// </summary>
internal static class SoftValueIteration
{
    public static DynamicProgrammingResult Solve(
        TransitionTable table, double discount, double temperature, double[]? prior, int? horizon, double tolerance, int maxIterations,
        Func<int, object?> describeState, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        SolverArguments.CheckTemperature(temperature);
        SolverArguments.CheckTolerance(tolerance, maxIterations);
        var backup = new SoftBackup(temperature, prior);
        return horizon is { } steps
            ? DynamicProgramming.BackwardInduction(table, discount, backup, steps, describeState, progress, cancellationToken)
            : DynamicProgramming.FixedPoint(table, discount, backup, tolerance, maxIterations, describeState, progress, cancellationToken);
    }
}
