using System;
using System.Threading;
using MdpDsl.Foundation;
using MdpDsl.Solvers;
using MdpDsl.Storage;

namespace MdpDsl.Inference;

/// <summary>
/// The infinite-horizon backward messages: the fixed point of the log-E-exp backup of <see cref="BackwardMessages"/>,
/// Q(s, a) = r(s, a) + T·log(γ Σ p(s'|s, a) exp(V(s') / T) + 1 − γ), V(s) = T·log Σ_a p(a|s) exp(Q(s, a) / T),
/// iterated from V = 0 in reward units.
/// </summary>
/// <remarks>
/// The backup's derivative in V(s') sums, over the successors of (s, a), to ρ(s, a) = 1 − (1 − γ) exp(−(Q(s, a) − r(s, a)) / T),
/// the posterior probability of going on, so near V the backup contracts by κ = max_{s, a} ρ(s, a). With every reward
/// ≤ 0 the values stay ≤ 0 and κ ≤ γ; larger values make the posterior go on more readily, κ tends to 1, and where
/// the rewards and the entropy outweigh the exit the values grow without bound, which is detected as soft value
/// iteration detects it.
/// </remarks>
internal static class StationaryMessages
{
    public static DynamicProgrammingResult Solve(
        TransitionTable table, double[] prior, double discount, double temperature, double tolerance, int maxIterations,
        Func<int, object?> describeState, IProgress<SolverProgress>? progress, CancellationToken cancellationToken)
    {
        SolverArguments.CheckTolerance(tolerance, maxIterations);
        var values = new double[table.StateCount];
        var growth = new DynamicProgramming.GrowthDetector(table, lowerPolicy: null);
        (double[] V, double[] Q, double[] Policy) stage = (values, [], []);
        var (residual, modulus, iterations, converged) = (double.PositiveInfinity, discount, 0, false);
        while (iterations < maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage = BackwardMessages.Step(table, prior, discount, temperature, values);
            iterations++;
            residual = Residual(values, stage.V);
            if (!double.IsFinite(residual))
                throw NotFinite(stage.V, iterations, describeState);
            if (growth.GrowingState(values, stage.V) is var s and >= 0)
                throw GrewWithoutBound(s, stage.V[s] - values[s], stage.V[s], iterations, describeState);
            values = stage.V;
            modulus = ContractionModulus(table, discount, temperature, stage.Q);
            var threshold = DynamicProgramming.StoppingThreshold(modulus, tolerance);
            progress?.Report(new SolverProgress(iterations, residual, threshold));
            if (residual <= Math.Max(threshold, DynamicProgramming.RoundingFloor(values)))
            {
                converged = true;
                break;
            }
        }
        var bound = modulus < 1 ? ProvenBound(table, prior, discount, temperature, values, modulus / (1 - modulus) * residual) : null;
        return new DynamicProgrammingResult([new StageArrays(stage.V, stage.Q, stage.Policy)], null, converged, iterations, residual, bound);
    }

    /// <summary>
    /// A proven bound on max_s |V(s) − V*(s)|: the first c, from <paramref name="estimate"/> = κ/(1 − κ) times the last
    /// change up, for which B(V + c) ≤ V + c and B(V − c) ≥ V − c. The backup B is monotone, so iterating it from V + c
    /// falls and from V − c rises, each to a fixed point between the two. The estimate alone proves nothing: κ is
    /// measured at V, and where the values still rise toward the fixed point, the fixed point's κ is larger. Null when
    /// no c up to a million times the estimate encloses V* (far from convergence).
    /// </summary>
    private static double? ProvenBound(TransitionTable table, double[] prior, double discount, double temperature, double[] values, double estimate)
    {
        var c = estimate * (1 + 1e-3);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (Encloses(c, side: 1) && Encloses(c, side: -1))
                return c;
            c = Math.Max(2 * c, DynamicProgramming.RoundingFloor(values));
        }
        return null;

        // Whether one backup from V + side·width moves no state away from V.
        bool Encloses(double width, int side)
        {
            var shifted = Array.ConvertAll(values, v => v + side * width);
            var next = BackwardMessages.Step(table, prior, discount, temperature, shifted).V;
            for (var s = 0; s < next.Length; s++)
            {
                if (side * (next[s] - shifted[s]) > 0)
                    return false;
            }
            return true;
        }
    }

    /// <summary>κ = max(γ, max over allowed pairs of ρ(s, a) = 1 − (1 − γ) exp(−(Q(s, a) − r(s, a)) / T)).</summary>
    private static double ContractionModulus(TransitionTable table, double discount, double temperature, double[] q)
    {
        var modulus = discount;
        var actions = table.ActionCount;
        for (var s = 0; s < table.StateCount; s++)
        {
            if (table.Terminal[s])
                continue;
            for (var a = 0; a < actions; a++)
            {
                if (table.IsAllowed(s, a))
                    modulus = Math.Max(modulus, 1 - (1 - discount) * Math.Exp(-(q[s * actions + a] - table.Reward(s, a)) / temperature));
            }
        }
        return modulus;
    }

    private static double Residual(double[] values, double[] next)
    {
        var residual = 0.0;
        for (var s = 0; s < values.Length; s++)
        {
            var change = Math.Abs(next[s] - values[s]);
            residual = change > residual || double.IsNaN(change) ? change : residual;
        }
        return residual;
    }

    private static DivergenceException NotFinite(double[] values, int iteration, Func<int, object?> describeState)
    {
        var s = Math.Max(0, Array.FindIndex(values, v => !double.IsFinite(v)));
        var state = describeState(s);
        return new DivergenceException(
            $"Exact inference's messages stopped being finite at iteration {iteration}: V({state}) = T·log β({state}) = {NumberText.Short(values[s])}. " +
            "Scale the rewards down, or pass a finite horizon, Inference(horizon: …).",
            iteration, state, values[s]);
    }

    private static DivergenceException GrewWithoutBound(int s, double rate, double value, int iteration, Func<int, object?> describeState)
    {
        var state = describeState(s);
        return new DivergenceException(
            $"Exact inference has no infinite-horizon fixed point here: after {iteration} sweeps V({state}) = T·log β({state}) = {NumberText.Short(value)} " +
            $"and it grows by {NumberText.Short(rate)} in every sweep. The posterior expects to go on forever, collecting the rewards and the prior's " +
            "weight at a rate the exit 1 − γ does not outweigh (exact inference's optimism makes this happen sooner than in soft value " +
            "iteration). Lower the temperature or the rewards, lower the discount, or pass a finite horizon, Inference(horizon: …).",
            iteration, state, value);
    }
}
