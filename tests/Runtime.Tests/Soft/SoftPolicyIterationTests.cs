using System.Threading;
using MdpDsl.Runtime.Tests.Solvers;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Soft;

/// <summary>
/// Soft policy iteration reaches the fixed point of the soft Bellman equation, computed independently by the test's own
/// soft value iteration (<see cref="Reference.FixedPoint"/>), on random MDPs of both storages, with and without a mask
/// and an action prior, discounted and undiscounted; its bound holds; a finite horizon is soft backward induction.
/// </summary>
public class SoftPolicyIterationTests
{
    private const double Tolerance = 1e-6;

    [Theory]
    [InlineData("masked")]
    [InlineData("unmasked")]
    [InlineData("deterministic")]
    public void It_reaches_the_soft_optimum_within_half_the_tolerance_and_its_bound(string kind) =>
        Property.ForAll(SolverVariants.OfKind(kind), mdp =>
        {
            var expected = Reference.FixedPoint(mdp.Arrays, mdp.Discount, Reference.Soft(mdp.Arrays, 0.4));
            var solution = ArrayModel.Compile(mdp.Arrays, mdp.Discount).SoftPolicyIteration(0.4, Tolerance);
            Assert.True(solution.Converged);
            Approx.Values(expected, solution.V, Tolerance / 2, $"soft policy iteration ({kind})");
            Assert.NotNull(solution.ErrorBound);
            Assert.True(solution.ErrorBound <= Tolerance / 2, $"bound {solution.ErrorBound:R}");
            for (var s = 0; s < expected.Length; s++)
                Assert.True(Math.Abs(solution.V[s] - expected[s]) <= solution.ErrorBound + 3e-11, $"V({s}) off by more than its bound {solution.ErrorBound:R}");
        }, cases: 30);

    [Fact]
    public void Its_values_and_policy_are_soft_value_iterations_with_an_action_prior() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var m = mdp.Arrays;
            var model = ArrayModel.Compile(m, mdp.Discount);
            var prior = model.CreatePolicy((s, a) => SoftPolicyEvaluationTests.PriorOver(m, s, (int)a));
            // V(s) = T log Σ_a p(a|s) exp(Q(s, a)/T), written out here over the allowed actions.
            Reference.StateBackup backup = (s, q) => 1.5 * Math.Log(Enumerable.Range(0, m.ActionCount)
                .Where(a => m.Allowed[s, a]).Sum(a => SoftPolicyEvaluationTests.PriorOver(m, s, a) * Math.Exp(q[s, a] / 1.5)));
            var expected = Reference.FixedPoint(m, mdp.Discount, backup);

            var solution = model.SoftPolicyIteration(1.5, 1e-10, actionPrior: prior);
            Approx.Values(expected, solution.V, 1e-10, "V with a prior");
            var q = Reference.ActionValues(m, mdp.Discount, expected);
            for (var s = 0; s < m.StateCount; s++)
            {
                for (var a = 0; a < m.ActionCount; a++)
                {
                    var pi = m.Terminal[s] || !m.Allowed[s, a] ? 0 : SoftPolicyEvaluationTests.PriorOver(m, s, a) * Math.Exp((q[s, a] - expected[s]) / 1.5);
                    Approx.Equal(pi, solution.Policy.Probability(s, (Act)a), 1e-9, $"π({(Act)a}|{s}) = p exp((Q − V)/T)");
                }
            }
        }, cases: 30);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_discounting_it_reaches_the_soft_optimum_of_a_stochastic_shortest_path(bool deterministic) =>
        Property.ForAll(SolverVariants.ShortestPath(deterministic), mdp =>
        {
            // Every step costs at least 0.1 and the entropy bonus is at most T·ln 4 = 0.069: every loop costs, values are finite.
            var expected = Reference.FixedPoint(mdp.Arrays, 1, Reference.Soft(mdp.Arrays, 0.05));
            var solution = ArrayModel.Compile(mdp.Arrays, 1).SoftPolicyIteration(0.05, 1e-12);
            Assert.True(solution.Converged);
            Assert.Null(solution.ErrorBound);
            Approx.Values(expected, solution.V, 1e-8, "γ = 1");
        }, cases: 30);

    [Fact]
    public void Without_discounting_unbounded_soft_values_are_reported_and_bounded_ones_found()
    {
        // The corridor of UnboundedSoftValueTests: T·ln 2 = 1.39 per step outweighs the step cost 1 at T = 2, not at T = 0.5.
        var model = UndiscountedCorridor.Compile();
        var error = Assert.Throws<DivergenceException>(() => model.SoftPolicyIteration(2));
        Assert.IsType<UndiscountedCorridor.Cell>(error.State);
        // The ceiling: 10⁸ steps of at most max r + T·ln|A| = −1 + 2·ln 2 each.
        var ceiling = 1e8 * (2 * Math.Log(2) - 1);
        Assert.True(error.Value > ceiling, $"V = {error.Value}");
        Assert.Contains(FormattableString.Invariant($"more than 1E+08 steps can earn ({ceiling:G6})"), error.Message);
        Assert.Contains("T·ln|A| = 2·ln 2 per step, outweighs the step cost somewhere, so staying forever is worth more than ending", error.Message);
        Assert.EndsWith("Lower the temperature, add a discount below 1 or a finite horizon; SoftValueIteration reports the growth per sweep.", error.Message);

        var solution = model.SoftPolicyIteration(0.5, 1e-12);
        Assert.True(solution.Converged);
        var swept = model.SoftValueIteration(0.5, 1e-12);
        foreach (var cell in model.States)
            Approx.Equal(swept.V[cell], solution.V[cell], 1e-9, $"V({cell})");
    }

    [Fact]
    public void It_needs_far_fewer_evaluations_than_soft_value_iteration_needs_sweeps()
    {
        // Newton's method on the soft Bellman equation: at γ = 0.99 a handful of evaluations against hundreds of sweeps.
        var model = ArrayModel.Compile(UnevenRing(), 0.99);
        var iterated = model.SoftPolicyIteration(0.5, 1e-9);
        var swept = model.SoftValueIteration(0.5, 1e-9);
        Assert.True(iterated.Iterations <= 10, $"{iterated.Iterations} evaluations");
        Assert.True(swept.Iterations > 100, $"{swept.Iterations} sweeps");
        Approx.Values(swept.V.AsSpan().ToArray(), iterated.V, 1e-9, "same fixed point");
    }

    [Fact]
    public void A_finite_horizon_is_soft_backward_induction()
    {
        var arrays = SmallModels.Ring();
        var model = ArrayModel.Compile(arrays, 0.9, horizon: 5);
        var expected = Reference.BackwardInduction(arrays, 0.9, Reference.Soft(arrays, 0.3), 5);
        var solution = model.SoftPolicyIteration(0.3);
        Assert.Equal(5, solution.Horizon);
        Assert.Equal(0, solution.ErrorBound);
        for (var t = 0; t < 5; t++)
            Approx.Values(expected[t].V, solution.Stages[t].V, 1e-12, $"V_{t}");
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_parameter_and_value()
    {
        var model = ArrayModel.Compile(SmallModels.Ring(), 0.9);
        Assert.Equal(0.0, Assert.Throws<ArgumentOutOfRangeException>(() => model.SoftPolicyIteration(0)).ActualValue);
        Assert.Equal("temperature", Assert.Throws<ArgumentOutOfRangeException>(() => model.SoftPolicyIteration(-1)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => model.SoftPolicyIteration(1, 0)).ParamName);
        Assert.Equal("maxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => model.SoftPolicyIteration(1, 1e-9, 0)).ParamName);
        var other = ArrayModel.Compile(SmallModels.Ring(), 0.9);
        Assert.Equal("actionPrior", Assert.Throws<ArgumentException>(() => model.SoftPolicyIteration(actionPrior: other.UniformPolicy())).ParamName);
    }

    [Fact]
    public void Without_discounting_a_state_that_cannot_end_is_named()
    {
        // 3 → 1 → 0 (terminal), while state 2 only loops on itself.
        var m = new MdpArrays(4, 2);
        m.Terminal[0] = true;
        m.Set(1, Act.A0, -1, (0, 1.0)).Set(1, Act.A1, -1, (1, 1.0));
        m.Set(2, Act.A0, -1, (2, 1.0)).Set(2, Act.A1, -1, (2, 1.0));
        m.Set(3, Act.A0, -1, (1, 1.0)).Set(3, Act.A1, -1, (3, 1.0));
        var error = Assert.Throws<InvalidOperationException>(() => ArrayModel.Compile(m, 1).SoftPolicyIteration(0.1));
        Assert.Matches(@"\bState 2\b", error.Message);
    }

    [Fact]
    public void Progress_reports_each_evaluation_and_cancellation_stops_at_the_next()
    {
        var model = ArrayModel.Compile(UnevenRing(), 0.99);
        var progress = new RecordingProgress();
        var solution = model.SoftPolicyIteration(0.5, 1e-9, progress: progress);
        Assert.Equal(Enumerable.Range(1, solution.Iterations), progress.Reports.Select(p => p.Iteration));
        Assert.Equal(solution.Residual, progress.Reports[^1].Residual);

        using var source = new CancellationTokenSource();
        var cancelling = new RecordingProgress(p =>
        {
            if (p.Iteration == 2)
                source.Cancel();
        });
        Assert.ThrowsAny<OperationCanceledException>(() => model.SoftPolicyIteration(0.5, 1e-9, progress: cancelling, cancellationToken: source.Token));
        Assert.Equal(2, cancelling.Reports.Count);
    }

    /// <summary>The ring of <see cref="SmallModels.Ring"/> with rewards that differ by state and action, so that the uniform start is far from optimal.</summary>
    private static MdpArrays UnevenRing()
    {
        var m = SmallModels.Ring();
        for (var s = 0; s < m.StateCount; s++)
        {
            for (var a = 0; a < m.ActionCount; a++)
                m.Set(s, (Act)a, -(1 + a) * (s % 3 + 1) / 3.0, m.Successors[s, a].ToArray());
        }
        return m;
    }
}
