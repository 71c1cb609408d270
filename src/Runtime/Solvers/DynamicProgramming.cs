using System;
using System.Threading;
using MdpDsl.Foundation;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Solvers;

/// <summary>The arrays of one decision step: V[s], Q[s · A + a] and π[s · A + a].</summary>
internal sealed record StageArrays(double[] V, double[] Q, double[] Policy);

/// <summary>
/// What a dynamic-programming run found, before it is given the model's types; <paramref name="ErrorBound"/> bounds
/// ‖V − V*‖∞ where the solver can prove one, and is null where it cannot.
/// </summary>
internal sealed record DynamicProgrammingResult(StageArrays[] Stages, int? Horizon, bool Converged, int Iterations, double Residual, double? ErrorBound = null)
{
    /// <summary>
    /// The bound of an iteration of a γ-contraction in the maximum norm: its last iterate lies within γ/(1 − γ) times
    /// the last change of the fixed point, and the final backup of <see cref="DynamicProgramming.Stage"/> multiplies
    /// that distance by γ once more. Backward induction is exact (0); without discounting no bound follows (null).
    /// </summary>
    public DynamicProgrammingResult WithContractionBound(double discount) => this with
    {
        ErrorBound = Horizon is not null ? 0 : discount < 1 ? discount / (1 - discount) * Residual : null,
    };
}

/// <summary>
/// The two loops every exact solver shares, generic over the backup: iteration to a fixed point for an infinite
/// horizon, and backward induction for a finite one.
/// </summary>
internal static class DynamicProgramming
{
    /// <summary>What to do about values that grow without bound, whatever the backup.</summary>
    public const string EndingAdvice = "Add a discount below 1, a finite horizon, or make every policy reach a terminal state.";

    /// <summary>
    /// Jacobi sweeps from V = 0. With γ &lt; 1 each sweep v → T v brackets the fixed point by the bounds of MacQueen
    /// (1966) and Porteus (1971) (Puterman 1994, §6.6.3): for a monotone backup with T(v + c) = T v + γc (the hard, soft
    /// and policy backups all are), T v + γ/(1 − γ)·min d ≤ V* ≤ T v + γ/(1 − γ)·max d with d = T v − v, terminal states
    /// counting as d = 0. The sweeps stop once half the spread of d, (max d − min d)/2, falls below ε(1 − γ)/2γ, and the
    /// result is T v shifted by γ/(1 − γ) times the middle of d, which is then within ε/2 of V*. The spread shrinks by γ
    /// per sweep at least, and by far more on a model that mixes fast, where every state's change settles to the same
    /// shift long before the shift itself is small; the classical rule (the largest |d| below the same threshold) never
    /// stops sooner. Without discounting nothing contracts: the sweeps stop when the largest change falls below ε, which
    /// bounds nothing. The threshold never goes below a few ulps of the largest value,
    /// which is as close as floating point can come. For γ = 1, values that grow without bound are detected early
    /// (see <see cref="GrowthDetector"/>) and reported with <paramref name="growthAdvice"/>. <paramref name="lowerPolicy"/>
    /// is a policy whose value the backup never falls below (the action prior of a soft backup, the evaluated policy of an
    /// expectation); null when the backup dominates every policy, as the hard and the prior-free soft backup do.
    /// </summary>
    public static DynamicProgrammingResult FixedPoint<TBackup>(
        TransitionTable table,
        double discount,
        TBackup backup,
        double tolerance,
        int maxIterations,
        Func<int, object?> describeState,
        IProgress<SolverProgress>? progress,
        CancellationToken cancellationToken,
        string growthAdvice = EndingAdvice,
        double[]? lowerPolicy = null)
        where TBackup : struct, IBackup
    {
        var threshold = StoppingThreshold(discount, tolerance);
        var values = new double[table.StateCount];
        var next = new double[table.StateCount];
        var growth = discount == 1 ? new GrowthDetector(table, lowerPolicy) : null;
        var residual = double.PositiveInfinity;
        var changes = default(ChangeRange);
        var iterations = 0;
        var converged = false;
        while (iterations < maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            residual = Sweeper<TBackup>.Sweep(table, discount, backup, values, next);
            iterations++;
            if (!double.IsFinite(residual))
                throw Diverged(next, iterations, describeState);
            growth?.Check(values, next, iterations, describeState, growthAdvice);
            if (discount < 1)
            {
                changes = ChangeRange.Of(values, next);
                residual = changes.HalfSpread;
            }
            (values, next) = (next, values);
            progress?.Report(new SolverProgress(iterations, residual, threshold));
            if (residual <= Math.Max(threshold, RoundingFloor(values)))
            {
                converged = true;
                break;
            }
        }

        if (discount < 1)
            Shift(table, values, discount / (1 - discount) * changes.Middle);
        var stage = Stage(table, discount, backup, values, iterations, describeState);
        return new DynamicProgrammingResult(new[] { stage }, null, converged, iterations, residual);
    }

    /// <summary>Adds <paramref name="shift"/> to the value of every non-terminal state; a terminal state's value stays 0.</summary>
    internal static void Shift(TransitionTable table, double[] values, double shift)
    {
        for (var s = 0; s < values.Length; s++)
        {
            if (!table.Terminal[s])
                values[s] += shift;
        }
    }

    /// <summary>
    /// V_H = 0 and, for t = H − 1 down to 0, Q_t = r + γ P V_{t+1}, V_t = backup(Q_t), π_t from the backup.
    /// </summary>
    public static DynamicProgrammingResult BackwardInduction<TBackup>(
        TransitionTable table,
        double discount,
        TBackup backup,
        int horizon,
        Func<int, object?> describeState,
        IProgress<SolverProgress>? progress,
        CancellationToken cancellationToken)
        where TBackup : struct, IBackup
    {
        SolverArguments.CheckHorizon(horizon);
        CheckSize(table, horizon);
        var stages = new StageArrays[horizon];
        var next = new double[table.StateCount];
        for (var t = horizon - 1; t >= 0; t--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var iteration = horizon - t;
            stages[t] = Stage(table, discount, backup, next, iteration, describeState);
            next = stages[t].V;
            progress?.Report(new SolverProgress(iteration, 0));
        }
        return new DynamicProgrammingResult(stages, horizon, true, horizon, 0);
    }

    /// <summary>One step: Q from the successor values, then V and π from Q.</summary>
    public static StageArrays Stage<TBackup>(TransitionTable table, double discount, TBackup backup, double[] successorValues, int iteration, Func<int, object?> describeState)
        where TBackup : struct, IBackup
    {
        var actions = table.ActionCount;
        var stage = new StageArrays(new double[table.StateCount], new double[table.StateCount * actions], new double[table.StateCount * actions]);
        BellmanKernel.Stage(table, discount, backup, successorValues, stage.Q, stage.V, stage.Policy);
        foreach (var v in stage.V)
        {
            if (!double.IsFinite(v))
                throw Diverged(stage.V, iteration, describeState);
        }
        return stage;
    }

    /// <summary>A few ulps of the largest value: as close to a fixed point as floating-point sweeps can come.</summary>
    internal static double RoundingFloor(double[] values)
    {
        var largest = LargestMagnitude(values);
        return 8 * (Math.BitIncrement(largest) - largest);
    }

    /// <summary>max_s |V(s)|.</summary>
    internal static double LargestMagnitude(double[] values)
    {
        var largest = 0.0;
        foreach (var v in values)
            largest = Math.Max(largest, Math.Abs(v));
        return largest;
    }

    /// <summary>
    /// The error for values that stopped being finite at the <paramref name="iteration"/>-th <paramref name="step"/>
    /// ("iteration", "sweep", "improvement"), naming the first state whose value did.
    /// </summary>
    internal static DivergenceException Diverged(double[] values, int iteration, Func<int, object?> describeState, string step = "iteration")
    {
        var s = Math.Max(0, Array.FindIndex(values, v => !double.IsFinite(v)));
        var state = describeState(s);
        return new DivergenceException(
            $"The values stopped being finite at {step} {iteration}: V({state}) = {NumberText.Short(values[s])}. " +
            "Check for unbounded rewards or a discount of 1 without reachable terminal states.",
            iteration, state, values[s]);
    }

    /// <summary>
    /// The largest change per sweep at which a γ-contraction may stop with V within ε/2 of its fixed point:
    /// ε(1 − γ)/2γ (Puterman 1994, Thm. 6.3.1). With γ = 1 nothing contracts and ε itself is used, which bounds nothing.
    /// </summary>
    internal static double StoppingThreshold(double discount, double tolerance) =>
        discount < 1 ? tolerance * (1 - discount) / (2 * discount) : tolerance;

    /// <summary>
    /// Backward induction keeps V, Q and π of every step, (S + 2·S·A) doubles per step: refuses a horizon whose
    /// stages cannot be allocated.
    /// </summary>
    private static void CheckSize(TransitionTable table, int horizon)
    {
        var what = $"Keeping V, Q and π for each of {AllocationLimit.Count(horizon)} steps of " +
                   $"{AllocationLimit.Count(table.StateCount)} states × {AllocationLimit.Count(table.ActionCount)} actions";
        if (AllocationLimit.ExceededBySteps(what, horizon, 8.0 * (table.StateCount + 2.0 * table.StateCount * table.ActionCount)) is { } reason)
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, $"{reason}. Use a shorter horizon, or an infinite horizon with a discount below 1.");
    }

    /// <summary>
    /// Recognizes values that grow linearly. With γ = 1 the change per sweep d_k = V_{k+1} − V_k of a model whose
    /// values diverge tends to a fixed non-zero gain, while for a converging model it shrinks by the chain's
    /// contraction factor ρ &lt; 1 each sweep, so that ‖d_k − d_{k−1}‖ = (1 − ρ)‖d_{k−1}‖. When the change has stood
    /// still to within 1e-9 of its size for <see cref="Window"/> sweeps in a row, the values either grow without
    /// bound or would need over 10⁹ sweeps to settle, far beyond any iteration limit: either way they will not converge.
    /// The same holds for any step that applies a fixed number of monotone backups (Gauss–Seidel's sweep, modified policy
    /// iteration's improvement and evaluation sweeps), which the message names as the step given to the constructor.
    /// A fall at a steady rate can also be a transient: from V = 0 a costly self-loop is the best action until the value
    /// has fallen below that of leaving, for as many sweeps as that takes. Where a policy the backup dominates ends the
    /// episode from every state, the values are bounded below by its finite value, so only growth upwards is reported.
    /// </summary>
    internal sealed class GrowthDetector
    {
        private const int Window = 16;
        private const double Stillness = 1e-9;

        private readonly double[] _change;
        private readonly string _step;
        private readonly bool _boundedBelow;
        private int _still;
        private bool _hasChange;

        /// <param name="table">The model.</param>
        /// <param name="lowerPolicy">A policy whose value the backup never falls below; null when it dominates every policy.</param>
        /// <param name="step">What one check covers, for the message.</param>
        public GrowthDetector(TransitionTable table, double[]? lowerPolicy, string step = "sweep")
        {
            _change = new double[table.StateCount];
            _step = step;
            _boundedBelow = lowerPolicy is null
                ? PolicyImprovement.Proper(table).Choice is not null
                : PolicyEvaluation.FirstStateThatNeverEnds(table, lowerPolicy) < 0;
        }

        /// <summary>Throws <see cref="DivergenceException"/>, naming the state that changes most, once the values grow linearly.</summary>
        public void Check(double[] values, double[] next, int iteration, Func<int, object?> describeState, string advice)
        {
            if (GrowingState(values, next) is not (var largest and >= 0))
                return;
            var state = describeState(largest);
            throw new DivergenceException(
                $"Without discounting the values grow without bound: after {iteration} {_step}s V({state}) = {NumberText.Short(next[largest])} and it changes by " +
                $"{NumberText.Short(next[largest] - values[largest])} in every {_step}, the same amount {_step} after {_step}. Some states can collect reward forever " +
                $"without reaching a terminal state. {advice}",
                iteration, state, next[largest]);
        }

        /// <summary>The state that changes most once the values grow linearly, or −1 while they do not.</summary>
        public int GrowingState(double[] values, double[] next)
        {
            var drift = 0.0;
            var residual = 0.0;
            var largest = 0;
            for (var s = 0; s < values.Length; s++)
            {
                var change = next[s] - values[s];
                drift = Math.Max(drift, Math.Abs(change - _change[s]));
                residual = Math.Max(residual, Math.Abs(change));
                if (Math.Abs(change) > Math.Abs(next[largest] - values[largest]))
                    largest = s;
                _change[s] = change;
            }
            // A change at the rounding level of the values is noise, not growth.
            var roundingFloor = RoundingFloor(next);
            var still = _hasChange && residual > 1000 * roundingFloor && drift <= Stillness * residual + roundingFloor;
            _hasChange = true;
            _still = still ? _still + 1 : 0;
            return _still < Window || (_boundedBelow && next[largest] < values[largest]) ? -1 : largest;
        }
    }
}
