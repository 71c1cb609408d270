using System;
using System.Threading;
using MdpDsl.Foundation;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>
/// Soft policy iteration (Haarnoja et al. 2018, §4.1, exactly): evaluate the current policy with
/// <see cref="SoftPolicyEvaluation"/>, then replace it by the Boltzmann policy of its soft action values,
/// π(a|s) ∝ p(a|s) exp(Q^π(s, a) / T). Each step is a Newton step on the smooth soft Bellman equation, so the residual
/// falls superlinearly once near the fixed point; it reaches the fixed point of <see cref="SoftValueIteration"/>.
/// A finite horizon is solved exactly by soft backward induction.
/// </summary>
internal static class SoftPolicyIteration
{
    /// <summary>
    /// Relative to the largest value, the residual that counts as zero: above the rounding of an exact evaluation
    /// (elimination or iteration to 1e-12), below which a further Newton step only reshuffles rounding errors.
    /// </summary>
    private const double RelativeFloor = 1e-11;

    /// <summary>
    /// Without discounting, the most steps an episode may be expected to last before the values count as unbounded:
    /// beyond it an exact evaluation's rounding (about the episode length times an ulp of the values) swamps any residual.
    /// </summary>
    private const double UndiscountedStepLimit = 1e8;

    public static DynamicProgrammingResult Solve(
        TransitionTable table, double discount, double temperature, double[]? prior, int? horizon, double tolerance, int maxIterations,
        Func<int, object?> describeState, Func<int, object?> describeAction, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        SolverArguments.CheckTemperature(temperature);
        SolverArguments.CheckTolerance(tolerance, maxIterations);
        var backup = new SoftBackup(temperature, prior);
        if (horizon is { } steps)
            return DynamicProgramming.BackwardInduction(table, discount, backup, steps, describeState, progress, cancellationToken).WithContractionBound(discount);

        var policy = StartingPolicy(table, backup);
        if (discount == 1 && PolicyEvaluation.FirstStateThatNeverEnds(table, policy) is var stuck and >= 0)
        {
            throw new InvalidOperationException(
                $"State {describeState(stuck)} reaches no terminal state under any policy{(prior is null ? "" : " the action prior allows")}, so without discounting " +
                $"no policy has a finite soft value there and soft policy iteration has nothing to start from. {DynamicProgramming.EndingAdvice}");
        }

        // Stop rule. V^π is exact, and the soft Bellman operator T is a γ-contraction in the maximum norm whose fixed point
        // is the soft optimum V*, so ‖V^π − V*‖ ≤ ‖T V^π − V^π‖ / (1 − γ). The result is one more backup, T V^π (its Q and
        // Boltzmann policy, as soft value iteration returns them), within γ‖V^π − V*‖ ≤ γ/(1 − γ)·‖T V^π − V^π‖ of V*: a
        // residual below ε(1 − γ)/2γ leaves it within ε/2, the rule and the bound of value iteration.
        var threshold = DynamicProgramming.StoppingThreshold(discount, tolerance);
        var ceiling = discount == 1 ? UndiscountedCeiling(table, temperature, prior) : double.PositiveInfinity;
        for (var iteration = 1; ; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var evaluation = SoftPolicyEvaluation.Solve(table, discount, null, policy, temperature, prior, describeState, describeAction, null, cancellationToken);
            var values = evaluation.Stages[0].V;
            if (Array.FindIndex(values, v => v > ceiling) is var unbounded and >= 0)
                throw Unbounded(unbounded, values[unbounded], ceiling, iteration, temperature, table.ActionCount, describeState);
            var improved = DynamicProgramming.Stage(table, discount, backup, values, iteration, describeState);
            var residual = LargestChange(values, improved.V);
            progress?.Report(new SolverProgress(iteration, residual, threshold));
            var converged = evaluation.Converged && residual <= Math.Max(threshold, RelativeFloor * Math.Max(1, DynamicProgramming.LargestMagnitude(values)));
            // A policy the improvement leaves unchanged bit for bit would be evaluated to the same values again.
            var stalled = improved.Policy.AsSpan().SequenceEqual(policy);
            if (converged || stalled || iteration == maxIterations || !evaluation.Converged)
                return new DynamicProgrammingResult(new[] { improved }, null, converged, iteration, residual).WithContractionBound(discount);

            policy = improved.Policy;
            if (discount == 1 && PolicyEvaluation.FirstStateThatNeverEnds(table, policy) is var never and >= 0)
            {
                // Only a Boltzmann weight that underflows to 0 (a tiny temperature) can cut every way to the end.
                var state = describeState(never);
                throw new DivergenceException(
                    $"Soft policy iteration's improvement {iteration} leads to a policy under which state {state} (worth V({state}) = {NumberText.Short(values[never])} " +
                    "under the policy before it) never reaches a terminal state: the Boltzmann weights of every action towards the end underflowed to 0. " +
                    $"Raise the temperature, or use SoftValueIteration. {DynamicProgramming.EndingAdvice}",
                    iteration, state, values[never]);
            }
        }
    }

    /// <summary>
    /// The Boltzmann policy of equal action values: the prior itself, normalized over the allowed actions, or the uniform
    /// policy without one. It takes every action the prior allows, so without discounting it ends the episode from every
    /// state from which any policy does.
    /// </summary>
    private static double[] StartingPolicy(TransitionTable table, SoftBackup backup)
    {
        var actions = table.ActionCount;
        var policy = new double[table.StateCount * actions];
        Span<double> q = actions <= 512 ? stackalloc double[actions] : new double[actions];
        for (var s = 0; s < table.StateCount; s++)
        {
            if (table.Terminal[s])
                continue;
            for (var a = 0; a < actions; a++)
                q[a] = table.IsAllowed(s, a) ? 0 : double.NegativeInfinity;
            backup.ValueAndPolicy(s, q, policy.AsSpan(s * actions, actions));
        }
        return policy;
    }

    /// <summary>
    /// An episode's soft return gains at most max r + T·ln|A| per step (the entropy of the uniform choice; with a
    /// normalized prior the bonus −T·KL(π‖p) is at most 0), so without discounting a value above
    /// <see cref="UndiscountedStepLimit"/> such steps means unbounded values (or episodes too long to evaluate).
    /// </summary>
    private static double UndiscountedCeiling(TransitionTable table, double temperature, double[]? prior)
    {
        var best = double.NegativeInfinity;
        for (var pair = 0; pair < table.Rewards.Length; pair++)
        {
            if (table.Allowed[pair])
                best = Math.Max(best, table.Rewards[pair]);
        }
        var gain = best + (prior is null ? temperature * Math.Log(table.ActionCount) : 0);
        return UndiscountedStepLimit * Math.Max(gain, 1 / UndiscountedStepLimit);
    }

    private static DivergenceException Unbounded(int s, double value, double ceiling, int iteration, double temperature, int actions, Func<int, object?> describeState)
    {
        var state = describeState(s);
        return new DivergenceException(
            FormattableString.Invariant(
                $"Without discounting soft policy iteration's evaluation {iteration} gives V({state}) = {value:G6}, more than {UndiscountedStepLimit:G3} steps ") +
            FormattableString.Invariant($"can earn ({ceiling:G6}): the soft values grow without bound. The entropy bonus, up to T·ln|A| = {temperature:G6}·ln {actions} per step, ") +
            "outweighs the step cost somewhere, so staying forever is worth more than ending (or the episodes last too long to evaluate). " +
            "Lower the temperature, add a discount below 1 or a finite horizon; SoftValueIteration reports the growth per sweep.",
            iteration, state, value);
    }

    private static double LargestChange(double[] values, double[] next)
    {
        var largest = 0.0;
        for (var s = 0; s < values.Length; s++)
        {
            var change = Math.Abs(next[s] - values[s]);
            largest = change > largest || double.IsNaN(change) ? change : largest;
        }
        return largest;
    }
}
