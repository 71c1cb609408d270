using System;
using System.Threading;
using MdpDsl.Foundation;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// Policy iteration (Howard 1960; Puterman 1994, §6.4): evaluate the current deterministic policy exactly with
/// <see cref="PolicyEvaluation"/>, then act greedily on its action values, until no state gains more than a
/// margin by switching. A finite horizon is solved exactly by backward induction.
/// </summary>
internal static class PolicyIteration
{
    /// <summary>
    /// Relative to the largest value, how far a switch must improve to count: above the rounding of an exact
    /// evaluation, so that two actions whose values differ by rounding never take turns.
    /// </summary>
    private const double RelativeMargin = 1e-12;

    public static DynamicProgrammingResult Solve(
        TransitionTable table, double discount, int? horizon, double[]? initialPolicy, double tolerance, int maxIterations,
        Func<int, object?> describeState, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        SolverArguments.CheckTolerance(tolerance, maxIterations);
        if (horizon is { } steps)
            return DynamicProgramming.BackwardInduction(table, discount, new MaxBackup(), steps, describeState, progress, cancellationToken).WithContractionBound(discount);

        var choice = initialPolicy is null ? InitialPolicy(table, discount, describeState) : PolicyImprovement.MostProbable(table, initialPolicy);
        var probabilities = PolicyImprovement.Probabilities(table, choice);
        if (discount == 1 && initialPolicy is not null && PolicyEvaluation.FirstStateThatNeverEnds(table, probabilities) is var stuck and >= 0)
        {
            throw new ArgumentException(
                $"Under the initial policy state {describeState(stuck)} never reaches a terminal state, so without discounting its value is not " +
                "defined and policy iteration cannot start from it. Give a policy that ends the episode from every state, or none to let the solver find one.",
                nameof(initialPolicy));
        }

        for (var iteration = 1; ; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var evaluation = PolicyEvaluation.Solve(table, discount, null, probabilities, describeState, null, cancellationToken);
            var values = evaluation.Stages[0].V;
            var margin = Math.Max(discount < 1 ? tolerance * (1 - discount) / 2 : 0, RelativeMargin * Math.Max(1, DynamicProgramming.LargestMagnitude(values)));
            var (changed, changes) = PolicyImprovement.Improve(table, discount, values, choice, margin);
            var residual = changes.Largest;
            progress?.Report(new SolverProgress(iteration, residual));
            var bound = discount < 1 ? residual / (1 - discount) : (double?)null;
            if (changed == 0 || iteration == maxIterations || !evaluation.Converged)
                return new DynamicProgrammingResult(evaluation.Stages, null, changed == 0 && evaluation.Converged, iteration, residual, bound);

            probabilities = PolicyImprovement.Probabilities(table, choice);
            if (discount == 1 && PolicyEvaluation.FirstStateThatNeverEnds(table, probabilities) is var never and >= 0)
            {
                var state = describeState(never);
                throw new DivergenceException(
                    $"Policy iteration's improvement {iteration} leads to a policy under which state {state} (worth V({state}) = {NumberText.Short(values[never])} " +
                    "under the policy before it) never reaches a terminal state: without discounting some loop gains reward for ever, or costs " +
                    $"nothing while ending costs something, so the optimal values are not those of a policy that ends. {DynamicProgramming.EndingAdvice}",
                    iteration, state, values[never]);
            }
        }
    }

    /// <summary>
    /// With a discount every policy has a value, and the best immediate reward is a fair start. Without one the
    /// start must end the episode from every state: <see cref="PolicyImprovement.Proper"/> builds such a policy
    /// backwards from the terminal states.
    /// </summary>
    private static int[] InitialPolicy(TransitionTable table, double discount, Func<int, object?> describeState)
    {
        if (discount < 1)
            return PolicyImprovement.Myopic(table);
        var (choice, stuck) = PolicyImprovement.Proper(table);
        return choice ?? throw new InvalidOperationException(
            $"State {describeState(stuck)} reaches no terminal state under any policy, so without discounting no policy has a finite value there " +
            "and policy iteration has nothing to start from. Add a discount below 1, a finite horizon, or a way to the end from that state.");
    }
}
