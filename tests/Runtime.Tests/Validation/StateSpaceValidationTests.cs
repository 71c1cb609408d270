using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Validation;

/// <summary>Compile() rejects successors outside the space, dead-end states and runaway reachable searches.</summary>
public class StateSpaceValidationTests
{
    [Fact]
    public void A_successor_outside_the_state_space_is_rejected_and_named()
    {
        var m = SmallModels.Ring(8);
        m.Set(6, Act.A2, -1, (3, 0.5), (11, 0.5));
        var exception = ValidationAssert.Throws(() => ArrayModel.Compile(m, 0.9), 6, Act.A2, null);
        Assert.Matches(@"\b11\b", exception.Message);
    }

    [Fact]
    public void A_non_terminal_state_that_allows_no_action_is_rejected()
    {
        var m = SmallModels.Ring(8);
        for (var a = 0; a < m.ActionCount; a++)
            m.Allowed[5, a] = false;
        ValidationAssert.Throws(() => ArrayModel.Compile(m, 0.9), 5, null, null);
    }

    [Fact]
    public void A_terminal_state_needs_no_allowed_action()
    {
        var m = SmallModels.Ring(8);
        m.Terminal[5] = true;
        for (var a = 0; a < m.ActionCount; a++)
            m.Allowed[5, a] = false;
        Assert.True(ArrayModel.Compile(m, 0.9).IsTerminal(5));
    }

    [Fact]
    public void A_reachable_search_beyond_the_state_cap_is_rejected_naming_the_cap_and_the_state_reached()
    {
        // The counter never stops, so the 51st state it discovers (the value 50) exceeds a cap of 50.
        var exception = ValidationAssert.Throws(
            () => ArrayModel.CompileReachable(new CounterDynamics(int.MaxValue), 2, 0.9, maxStates: 50), 50, null, 50);
        Assert.Contains("MaxStates", exception.Message);
    }

    [Fact]
    public void A_reachable_model_without_an_initial_state_is_rejected()
    {
        var exception = ValidationAssert.Throws(
            () => ArrayModel.CompileReachable(new CounterDynamics(10, declaresInitial: false), 2, 0.9, maxStates: 50), null, null, null);
        Assert.Contains("[Initial]", exception.Message);
    }

    [Fact]
    public void An_initial_distribution_that_does_not_sum_to_one_is_rejected()
    {
        var m = SmallModels.Ring(8);
        m.Initial.Add((1, 0.5));
        m.Initial.Add((2, 0.25));
        ValidationAssert.Throws(() => ArrayModel.Compile(m, 0.9), null, null, 0.75);
    }

    [Fact]
    public void An_initial_state_outside_the_state_space_is_rejected()
    {
        var m = SmallModels.Ring(8);
        m.Initial.Add((12, 1.0));
        ValidationAssert.Throws(() => ArrayModel.Compile(m, 0.9), 12, null, null);
    }
}
