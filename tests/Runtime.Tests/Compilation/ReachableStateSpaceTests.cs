using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Compilation;

/// <summary>A reachable state space holds exactly the states found from the initial state, in breadth-first order.</summary>
public class ReachableStateSpaceTests
{
    [Fact]
    public void The_states_are_those_reachable_from_the_initial_state_in_discovery_order()
    {
        var model = ArrayModel.CompileReachable(new CounterDynamics(10), 2, 0.9, maxStates: 11);
        Assert.Equal(Enumerable.Range(0, 11), model.States);
        Assert.True(model.IsTerminal(10));
        Assert.Equal(new[] { (0, 1.0) }, model.InitialDistribution);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.IndexOf(11));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.9)]
    public void The_counter_values_match_the_geometric_sum(double discount)
    {
        // −1 per step for the 10 − s steps to the stop: V(s) = −Σ_{k<10−s} γ^k.
        var model = ArrayModel.CompileReachable(new CounterDynamics(10), 2, discount, maxStates: 100);
        var expected = Enumerable.Range(0, 11).Select(s => -Enumerable.Range(0, 10 - s).Sum(k => Math.Pow(discount, k))).ToArray();
        Approx.Values(expected, model.ValueIteration(1e-12).V, 1e-11, $"γ = {discount}");
    }
}
