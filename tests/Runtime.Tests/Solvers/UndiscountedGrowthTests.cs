using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// Gauss–Seidel and modified policy iteration, like value iteration, recognize undiscounted values that grow without
/// bound and say so early, instead of running to the iteration limit and returning a meaningless V.
/// </summary>
public class UndiscountedGrowthTests
{
    [Fact]
    public void Gauss_seidel_reports_values_that_fall_by_the_same_amount_every_sweep()
    {
        // Three states that each stay put for −1 and never end: every sweep lowers every value by exactly 1.
        var m = new MdpArrays(3, 1);
        for (var s = 0; s < 3; s++)
            m.Set(s, Act.A0, -1, (s, 1.0));
        var error = Assert.Throws<DivergenceException>(() => ArrayModel.Compile(m, 1.0).GaussSeidelValueIteration());
        Assert.True(error.Iteration < 100, $"detected only after {error.Iteration} sweeps");
        Assert.Contains("grow without bound", error.Message);
        Assert.Contains("changes by -1 in every sweep", error.Message);
        Assert.Contains("Add a discount below 1, a finite horizon, or make every policy reach a terminal state.", error.Message);
        Assert.Equal(-error.Iteration, error.Value);
    }

    [Fact]
    public void The_state_named_is_the_one_that_grows_fastest_not_the_one_that_is_largest()
    {
        // State 0 pays 100 once and moves to state 1, which earns 1 per step for ever; state 2 earns 3 per step. While
        // V(0) = 99 + k is still the largest value, state 2's change of 3 is the largest change.
        var m = new MdpArrays(3, 1);
        m.Set(0, Act.A0, 100, (1, 1.0));
        m.Set(1, Act.A0, 1, (1, 1.0));
        m.Set(2, Act.A0, 3, (2, 1.0));
        var model = ArrayModel.Compile(m, 1.0);
        foreach (var error in new[]
        {
            Assert.Throws<DivergenceException>(() => model.ValueIteration()),
            Assert.Throws<DivergenceException>(() => model.GaussSeidelValueIteration()),
        })
        {
            Assert.True(error.Iteration < 30, $"detected only after {error.Iteration} sweeps");
            Assert.Equal(2, error.State);
            Assert.Equal(3.0 * error.Iteration, error.Value);
            Assert.Contains("changes by 3 in every sweep", error.Message);
        }
    }

    [Fact]
    public void Modified_policy_iteration_reports_values_that_fall_by_the_same_amount_every_improvement()
    {
        // With m = 4 evaluation sweeps each improvement applies 5 backups of −1 after the first: V = −5(k − 1) − 1 after k.
        var error = Assert.Throws<DivergenceException>(() => ArrayModel.Compile(SmallModels.Ring(), 1.0).ModifiedPolicyIteration(evaluationSweeps: 4));
        Assert.True(error.Iteration < 100, $"detected only after {error.Iteration} improvements");
        Assert.Contains("changes by -5 in every improvement", error.Message);
        Assert.Equal(-5.0 * error.Iteration, error.Value);
        Assert.IsType<int>(error.State);
    }

    [Fact]
    public void Both_still_converge_where_every_policy_ends()
    {
        // The line 0 … 9 (9 terminal): stepping right costs 1, staying costs 1, so V*(s) = −(9 − s).
        var model = ArrayModel.Compile(SmallModels.Line(10), 1.0);
        var expected = Enumerable.Range(0, 10).Select(s => -(9.0 - s)).ToArray();
        Approx.Values(expected, model.GaussSeidelValueIteration(1e-12).V, 1e-9, "Gauss–Seidel");
        Approx.Values(expected, model.ModifiedPolicyIteration(tolerance: 1e-12).V, 1e-9, "modified policy iteration");
        // A change below ε per sweep proves nothing without discounting: no bound is claimed.
        Assert.Null(model.ValueIteration(1e-12).ErrorBound);
        Assert.Null(model.ModifiedPolicyIteration(tolerance: 1e-12).ErrorBound);
    }

    [Fact]
    public void A_long_steady_fall_that_ends_is_not_mistaken_for_growth()
    {
        // State 1 can end for −10 or stay for −0.1. From V = 0 staying looks best, and the value falls by exactly 0.1 per
        // sweep for 100 sweeps until ending wins: a steady fall far longer than the detector's window, yet V*(1) = −10.
        var m = new MdpArrays(2, 2);
        m.Terminal[0] = true;
        m.Set(1, Act.A0, -10, (0, 1.0));
        m.Set(1, Act.A1, -0.1, (1, 1.0));
        var model = ArrayModel.Compile(m, 1.0);
        Approx.Equal(-10, model.ValueIteration(1e-12).V[1], 1e-9, "value iteration");
        Approx.Equal(-10, model.GaussSeidelValueIteration(1e-12).V[1], 1e-9, "Gauss–Seidel");
        Approx.Equal(-10, model.ModifiedPolicyIteration(evaluationSweeps: 1, tolerance: 1e-12).V[1], 1e-9, "modified policy iteration");
        // Soft: V(1) = T log(e^{−10/T} + e^{(−0.1 + V(1))/T}), so e^{V/T}(1 − e^{−0.1/T}) = e^{−10/T}.
        Approx.Equal(-10 - 0.05 * Math.Log(1 - Math.Exp(-0.1 / 0.05)), model.SoftValueIteration(0.05, 1e-12).V[1], 1e-9, "soft value iteration");
    }
}
