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
        var result = horizon is { } steps
            ? DynamicProgramming.BackwardInduction(table, discount, backup, steps, describeState, progress, cancellationToken)
            : DynamicProgramming.FixedPoint(table, discount, backup, tolerance, maxIterations, describeState, progress, cancellationToken,
                prior is null ? GrowthAdvice(table, temperature) : DynamicProgramming.EndingAdvice,
                // T log Σ p exp(Q/T) ≥ Σ p Q (Jensen): with a prior the values never fall below the prior policy's.
                lowerPolicy: prior);
        return result.WithContractionBound(discount);
    }

    /// <summary>
    /// Why soft values can grow where hard ones do not: the soft backup adds up to T·ln|A| per step (the entropy of
    /// the uniform choice), so a loop whose step cost is smaller than that is worth more the longer it lasts.
    /// </summary>
    private static string GrowthAdvice(TransitionTable table, double temperature)
    {
        var bonus = temperature * Math.Log(table.ActionCount);
        return FormattableString.Invariant(
            $"The soft backup adds an entropy bonus of up to T·ln|A| = {temperature:G6}·ln {table.ActionCount} = {bonus:G6} per step; ") +
            "where it outweighs the step cost, staying forever is worth more than ending. Lower the temperature below the step cost / ln|A|, " +
            "add a discount below 1 or a finite horizon, or make every policy reach a terminal state.";
    }
}
