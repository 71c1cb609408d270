using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// Rewards near ±1e308 summed over a few steps leave the range of a double. Exact inference must then throw, as soft
/// value iteration does, naming the step, state, action and value, instead of returning NaN or −∞.
/// </summary>
public class InferenceOverflowTests
{
    [Theory]
    [InlineData(1e308)]
    [InlineData(-1e308)]
    public void Rewards_whose_sum_overflows_are_reported_with_state_action_and_value(double reward)
    {
        var model = ArrayModel.Compile(Chain(reward), 1.0, horizon: 3);

        var error = Assert.Throws<DivergenceException>(() => model.Inference());

        // β_2 = r, β_1 = 2r overflows: the first message that leaves the range is Q at step 1 of state 0.
        Assert.Equal(1, error.Iteration);
        Assert.Equal(0, error.State);
        Assert.Equal(Act.A0, error.Action);
        Assert.Equal(Math.Sign(reward) * double.PositiveInfinity, error.Value);
        Assert.Contains("step 1", error.Message);
        Assert.Contains("log β_1(0, A0)", error.Message);
        Assert.EndsWith(
            "The log messages sum rewards over the horizon, which must stay within ±1.8e308; scale the rewards down, raise the " +
            "temperature or shorten the horizon.",
            error.Message);
        Assert.Throws<DivergenceException>(() => model.SoftValueIteration(horizon: 3));
    }

    [Fact]
    public void Large_rewards_that_stay_in_range_give_finite_exact_numbers()
    {
        // One state, one action, two steps of reward 4e307: log β_0 = 8e307 exactly, log p(O) = 8e307, π = 1.
        var inference = ArrayModel.Compile(Chain(4e307), 1.0, horizon: 2).Inference();

        Assert.Equal(8e307, inference.LogEvidence);
        Assert.Equal(1.0, inference.Stages[0].Policy.AsSpan()[0]);
        Assert.All(inference.Marginals, m => Assert.Equal(1.0, m.AsSpan()[0]));
    }

    [Fact]
    public void A_horizon_too_long_to_allocate_is_refused_before_allocating()
    {
        var model = ArrayModel.Compile(Chain(-1), 1.0, horizon: 3);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => model.Inference(int.MaxValue));

        Assert.Equal("horizon", error.ParamName);
        Assert.Contains("2,147,483,647 steps of 1 states × 1 actions", error.Message);
    }

    /// <summary>One non-terminal state with one action that loops back with <paramref name="reward"/>.</summary>
    private static MdpArrays Chain(double reward)
    {
        var m = new MdpArrays(1, 1);
        m.Set(0, Act.A0, reward, (0, 1.0));
        m.Initial.Add((0, 1.0));
        return m;
    }
}
