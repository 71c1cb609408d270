using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// Rewards near ±1e308 summed over a few steps leave the range of a double. Exact inference must then throw, as soft
/// value iteration does, naming the step, state, action and value, instead of returning NaN or −∞.
/// </summary>
public class InferenceOverflowTests
{
    [Theory]
    [InlineData(1e308, 3)]
    [InlineData(-1e308, 3)]
    [InlineData(1e308, 2)]
    public void Rewards_whose_sum_overflows_are_reported_with_state_action_and_value(double reward, int horizon)
    {
        var model = ArrayModel.Compile(Chain(reward), 1.0, horizon);

        var error = Assert.Throws<DivergenceException>(() => model.Inference());

        // β_{H−1} = r, β_{H−2} = 2r overflows: the first message that leaves the range is Q at step H − 2 of state 0.
        var step = horizon - 2;
        Assert.Equal(step, error.Iteration);
        Assert.Equal(0, error.State);
        Assert.Equal(Act.A0, error.Action);
        Assert.Equal(Math.Sign(reward) * double.PositiveInfinity, error.Value);
        Assert.StartsWith($"Exact inference overflowed at step {step}: Q_{step}(0, A0) = T·log β_{step}(0, A0) = {(reward > 0 ? "∞" : "-∞")}. ", error.Message);
        Assert.EndsWith(
            "The log messages sum rewards over the horizon, which must stay within ±1.8e308; scale the rewards down, raise the " +
            "temperature or shorten the horizon.",
            error.Message);
        Assert.Throws<DivergenceException>(() => model.SoftValueIteration(horizon: horizon));
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
    public void A_forward_message_that_leaves_the_range_in_nats_is_reported_with_step_and_state()
    {
        // At T = 0.5 a reward of 1e308 is V_0 = 1e308 in reward units, but log α_1 = r / T = 2e308 nats.
        var model = ArrayModel.Compile(Chain(1e308), 1.0, horizon: 1);

        var error = Assert.Throws<DivergenceException>(() => model.Inference(temperature: 0.5));

        Assert.Equal(1, error.Iteration);
        Assert.Equal(0, error.State);
        Assert.Null(error.Action);
        Assert.Equal(double.PositiveInfinity, error.Value);
        Assert.StartsWith("Exact inference overflowed at step 1: log α_1(0) = ∞. ", error.Message);
    }

    [Fact]
    public void An_evidence_below_the_range_of_a_double_is_reported()
    {
        // V_0 = −1e308 is in range, log p(O) = V_0 / T = −2e308 nats is not (and −∞ would read as an impossible observation).
        var model = ArrayModel.Compile(Chain(-1e308), 1.0, horizon: 1);

        var error = Assert.Throws<DivergenceException>(() => model.Inference(temperature: 0.5));

        Assert.Equal(0, error.Iteration);
        Assert.Null(error.State);
        Assert.Equal(double.NegativeInfinity, error.Value);
        Assert.StartsWith("Exact inference overflowed at step 0: log p(O) = -∞. ", error.Message);
    }

    [Fact]
    public void The_refusal_names_the_memory_the_messages_would_take()
    {
        var arrays = SmallModels.Ring();
        arrays.Initial.Add((0, 1.0));
        var ring = ArrayModel.Compile(arrays, 0.9);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ring.Inference(horizon: 1_000_000_000));

        // (10⁹ + 1) steps · 8 bytes · (3 · 8 + 2 · 8 · 3) = 576,000,000,576 bytes = 536.4 GiB.
        Assert.Contains("Inference over 1,000,000,000 steps of 8 states × 3 actions needs about 536.4 GiB", error.Message);
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
