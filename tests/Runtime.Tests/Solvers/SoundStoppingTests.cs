using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// Without discounting, a small change per sweep does not mean a small error: on a slow chain value iteration stops
/// far from V*, while interval value iteration's reported bound holds against the closed form.
/// </summary>
public class SoundStoppingTests
{
    private const double Tolerance = 1e-9;

    /// <summary>
    /// State 0, with state 1 terminal. A0 costs 1 and ends with probability 1/1000 (else stays): V = −1000. A1 costs
    /// only 0.5 but ends with probability 1/10,000: V = −5000. So V*(0) = −1000, reached by A0. Value iteration from 0
    /// moves by 0.999^k per sweep while 1000·0.999^k remain, so it stops on a change below ε about 1000ε from V*.
    /// </summary>
    private static ArrayModel SlowChain()
    {
        var m = new MdpArrays(2, 2);
        m.Terminal[1] = true;
        m.Set(0, Act.A0, -1, (0, 0.999), (1, 0.001));
        m.Set(0, Act.A1, -0.5, (0, 0.9999), (1, 0.0001));
        return ArrayModel.Compile(m, 1);
    }

    [Fact]
    public void Value_iteration_stops_on_a_small_change_with_an_error_far_above_the_tolerance()
    {
        var solution = SlowChain().ValueIteration(Tolerance);
        Assert.True(solution.Converged);
        var error = Math.Abs(solution.V[0] - -1000);
        Assert.True(error > 100 * Tolerance, $"error {error:R}");
        Assert.Null(solution.ErrorBound);
    }

    [Fact]
    public void Interval_value_iteration_reports_a_bound_that_holds_against_the_closed_form()
    {
        var model = SlowChain();
        var solution = model.IntervalValueIteration(Tolerance);
        Assert.True(solution.Converged);
        Assert.NotNull(solution.ErrorBound);
        Assert.True(solution.ErrorBound <= Tolerance, $"bound {solution.ErrorBound:R}");
        // V*(0) = −1/0.001 in closed form, and policy evaluation of A0 agrees.
        Approx.Equal(-1000, model.PolicyEvaluation(_ => Act.A0).V[0], 1e-9, "V^A0");
        Assert.True(Math.Abs(solution.V[0] - -1000) <= solution.ErrorBound!.Value + 1e-12, $"V = {solution.V[0]:R}, bound {solution.ErrorBound:R}");
        Assert.Equal(Act.A0, solution.Policy.Act(0));
    }

    [Fact]
    public void The_bound_holds_on_a_chain_too_long_for_exact_evaluation()
    {
        // 2,000 states, the last terminal; A0 costs 1 and moves right with probability ½ (else stays), A1 costs 1 and
        // stays. Each step right takes 2 attempts in expectation, so V*(s) = −2(n − 1 − s). The chain has more
        // non-terminal states than policy evaluation eliminates, and its values settle slowly.
        const int n = 2000;
        var m = new MdpArrays(n, 2);
        m.Terminal[n - 1] = true;
        for (var s = 0; s < n - 1; s++)
            m.Set(s, Act.A0, -1, (s + 1, 0.5), (s, 0.5)).Set(s, Act.A1, -1, (s, 1.0));
        var solution = ArrayModel.Compile(m, 1).IntervalValueIteration(1e-6);
        Assert.True(solution.Converged);
        Assert.True(solution.ErrorBound <= 1e-6, $"bound {solution.ErrorBound:R}");
        for (var s = 0; s < n; s++)
            Approx.Equal(-2.0 * (n - 1 - s), solution.V[s], solution.ErrorBound!.Value + 1e-9, $"V({s})");
    }

    [Fact]
    public void The_bounds_close_in_from_both_sides()
    {
        // The gap reported after each sweep never widens: both bounds move monotonically toward V*.
        var progress = new RecordingProgress();
        SlowChain().IntervalValueIteration(Tolerance, progress: progress);
        Assert.True(progress.Reports.Count > 1000);
        for (var k = 1; k < progress.Reports.Count; k++)
            Assert.True(progress.Reports[k].Residual <= progress.Reports[k - 1].Residual, $"sweep {k + 1}");
    }

    [Fact]
    public void Policy_iteration_is_exact_on_the_slow_chain()
    {
        var solution = SlowChain().PolicyIteration(Tolerance);
        Assert.True(solution.Converged);
        Approx.Equal(-1000, solution.V[0], 1e-9, "V(0)");
        Assert.Equal(Act.A0, solution.Policy.Act(0));
    }

    [Fact]
    public void A_loop_that_costs_nothing_keeps_the_bounds_apart_and_is_reported_as_not_converged()
    {
        // In state 0, A1 stays for free: staying forever is worth 0, ending costs 1. Interval iteration's upper bound
        // stays at 0 and its lower bound at −1 (the value of ending): the true total reward 0 lies inside, and the
        // result says it did not converge, with a bound that still holds.
        var m = new MdpArrays(2, 2);
        m.Terminal[1] = true;
        m.Set(0, Act.A0, -1, (1, 1.0));
        m.Set(0, Act.A1, 0, (0, 1.0));
        var solution = ArrayModel.Compile(m, 1).IntervalValueIteration(maxIterations: 50);
        Assert.False(solution.Converged);
        Assert.True(solution.ErrorBound >= Math.Abs(solution.V[0] - 0), $"V = {solution.V[0]:R}, bound {solution.ErrorBound:R}");
    }
}
