namespace MdpDsl.Runtime.Tests.Tabular;

/// <summary>Every kind of bad array is refused with a message that names the state, the action and the value.</summary>
public class BadArrayInputTests
{
    private static ModelValidationException Invalid(Action<double[][,], double[,]> spoil)
    {
        var (p, r) = (ToolboxExample.Transitions(), ToolboxExample.Rewards());
        spoil(p, r);
        return Assert.Throws<ModelValidationException>(() => TabularMdp.FromArrays(p, r, 0.9));
    }

    [Fact]
    public void A_row_that_does_not_sum_to_1_names_state_action_and_sum()
    {
        var e = Invalid((p, _) => p[0][1, 1] = 0.1);
        Assert.Equal(1, e.State);
        Assert.Equal(0, e.Action);
        Assert.Equal(0.9, e.Value!.Value, 12);
        Assert.StartsWith("State 1, action 0: the successor probabilities sum to 0.9", e.Message);
    }

    [Fact]
    public void A_negative_probability_is_named()
    {
        var e = Invalid((p, _) => (p[1][0, 0], p[1][0, 1]) = (-0.5, 1.5));
        Assert.Equal((0, 1, -0.5, 0), (e.State, e.Action, e.Value, e.Successor));
        Assert.Contains("State 0, action 1: the probability of successor 0 is -0.5", e.Message);
    }

    [Fact]
    public void A_NaN_probability_is_named()
    {
        var e = Invalid((p, _) => p[0][0, 1] = double.NaN);
        Assert.Equal((0, 0, 1), (e.State, e.Action, e.Successor));
        Assert.True(double.IsNaN(e.Value!.Value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_reward_that_is_not_finite_is_named(double reward)
    {
        var e = Invalid((_, r) => r[1, 1] = reward);
        Assert.Equal((1, 1), (e.State, e.Action));
        Assert.Equal(reward, e.Value);
        Assert.Contains("State 1, action 1: the reward is", e.Message);
    }

    [Fact]
    public void A_NaN_reward_on_a_transition_is_named()
    {
        double[][,] r = [new[,] { { 0.0, double.NaN }, { 0.0, 0.0 } }, new double[2, 2]];
        var e = Assert.Throws<ModelValidationException>(() => TabularMdp.FromArrays(ToolboxExample.Transitions(), r, 0.9));
        Assert.Equal((0, 0), (e.State, e.Action));
    }

    [Fact]
    public void A_sparse_successor_outside_the_states_is_named()
    {
        (int, double)[][][] rows = [[[(0, 1.0)]], [[(2, 1.0)]]];
        var e = Assert.Throws<ModelValidationException>(() => TabularMdp.FromSparse(rows, new double[2, 1], 0.9));
        Assert.Equal((1, 0, 2), (e.State, e.Action, e.Successor));
        Assert.Contains("successor 2 is outside the state space", e.Message);
    }

    [Fact]
    public void A_state_with_every_action_masked_must_be_terminal()
    {
        var options = new TabularMdpOptions { Allowed = new[,] { { true, true }, { false, false } } };
        var e = Assert.Throws<ModelValidationException>(() => TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), 0.9, options));
        Assert.Equal(1, e.State);
    }

    [Fact]
    public void A_positive_reward_is_refused_when_exp_r_must_be_a_probability()
    {
        var options = new TabularMdpOptions { Likelihood = Optimality.Exponential };
        var e = Assert.Throws<ModelValidationException>(() => TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), 0.9, options));
        Assert.Equal((0, 0, 5.0), (e.State, e.Action, e.Value));
    }

    [Fact]
    public void An_initial_distribution_that_does_not_sum_to_1_is_refused()
    {
        var options = new TabularMdpOptions { Initial = [0.5, 0.25] };
        var e = Assert.Throws<ModelValidationException>(() => TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), 0.9, options));
        Assert.Equal(0.75, e.Value);
    }

    public static TheoryData<string, Func<TabularMdp>, string> Shapes() => new()
    {
        { "transitions", () => TabularMdp.FromArrays([new double[2, 2], new double[2, 3]], new double[2, 2], 0.9), "The transitions of action 1 are 2 × 3; expected 2 × 2" },
        { "transitions", () => TabularMdp.FromArrays([new double[2, 2], null!], new double[2, 2], 0.9), "The transitions of action 1 are missing" },
        { "transitions", () => TabularMdp.FromArrays([], new double[2, 2], 0.9), "at least one action and one state" },
        { "rewards", () => TabularMdp.FromArrays(ToolboxExample.Transitions(), new double[2, 3], 0.9), "R[s, a] are 2 × 3; the transitions need 2 states × 2 actions" },
        { "rewards", () => TabularMdp.FromArrays(ToolboxExample.Transitions(), new double[3], 0.9), "R[s] have 3 entries; the transitions have 2 states" },
        { "rewards", () => TabularMdp.FromArrays(ToolboxExample.Transitions(), [new double[2, 2]], 0.9), "R[a][s, s′] have 1 matrices; the transitions have 2 actions" },
        { "rewards", () => TabularMdp.FromArrays(ToolboxExample.Transitions(), [new double[2, 2], new double[1, 2]], 0.9), "rewards of action 1 are 1 × 2; expected 2 × 2" },
        { "transitions", () => TabularMdp.FromSparse([[[(0, 1.0)]], [[(0, 1.0)], [(1, 1.0)]]], new double[2, 1], 0.9), "State 1 has 2 rows; state 0 has 1" },
        { "transitions", () => TabularMdp.FromSparse([[[(0, 1.0)]], [null!]], new double[2, 1], 0.9), "State 1, action 0 has no successor list" },
        { "rewards", () => TabularMdp.FromSparse([[[(0, 1.0)]]], new double[1, 2], 0.9), "R[s, a] are 1 × 2; the transitions have 1 states × 1 actions" },
        { "Terminal", () => TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), 0.9, new TabularMdpOptions { Terminal = [true] }), "Terminal has 1 entries for 2 states" },
        { "Allowed", () => TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), 0.9, new TabularMdpOptions { Allowed = new bool[2, 3] }), "Allowed is 2 × 3; the model has 2 states × 2 actions" },
        { "model", () => TabularMdp.FromPrism(new MdpDsl.Interchange.PrismExplicitModel(["x"], [], [], [], [], ""), 0.9), "The PRISM model has no states" },
        { "Initial", () => TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), 0.9, new TabularMdpOptions { Initial = [1.0] }), "Initial has 1 entries for 2 states" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_shape_mismatch_says_which_array_and_both_shapes(string parameter, Func<TabularMdp> build, string message)
    {
        var e = Assert.Throws<ArgumentException>(build);
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_discount_outside_0_to_1_is_refused(double discount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), discount));

    [Fact]
    public void A_horizon_below_1_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), 0.9, new TabularMdpOptions { Horizon = 0 }));
}
