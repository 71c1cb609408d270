using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Validation;

/// <summary>Compile() rejects rewards that are not finite, or positive under the exp(r) likelihood.</summary>
public class RewardValidationTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_reward_that_is_not_finite_is_rejected(double reward)
    {
        var m = SmallModels.Ring();
        m.Reward[4, (int)Act.A1] = reward;
        ValidationAssert.Throws(() => ArrayModel.Compile(m, 0.9), 4, Act.A1, reward);
    }

    [Fact]
    public void A_successor_dependent_reward_that_is_not_finite_is_rejected()
    {
        var m = SmallModels.Ring();
        m.RewardOnEntry = (s, a, next) => s == 3 && a == Act.A2 && next == 6 ? double.NaN : -1;
        ValidationAssert.Throws(() => ArrayModel.Compile(m, 0.9), 3, Act.A2, double.NaN);
    }

    [Fact]
    public void A_positive_reward_is_rejected_when_the_likelihood_is_exponential()
    {
        var m = SmallModels.Ring();
        m.Reward[5, (int)Act.A2] = 0.5;
        var exception = ValidationAssert.Throws(() => ArrayModel.Compile(m, 0.9, likelihood: Optimality.Exponential), 5, Act.A2, 0.5);
        Assert.Contains("Exponential", exception.Message);
    }

    [Fact]
    public void Rewards_up_to_zero_are_accepted_when_the_likelihood_is_exponential()
    {
        var m = SmallModels.Ring();
        m.Reward[5, (int)Act.A2] = 0;
        var model = ArrayModel.Compile(m, 0.9, likelihood: Optimality.Exponential);
        Assert.Equal(Optimality.Exponential, model.Likelihood);
        Assert.Equal(0, model.Reward(5, Act.A2));
    }

    [Fact]
    public void A_positive_reward_is_accepted_when_the_likelihood_is_unconstrained()
    {
        var m = SmallModels.Ring();
        m.Reward[5, (int)Act.A2] = 0.5;
        Assert.Equal(0.5, ArrayModel.Compile(m, 0.9).Reward(5, Act.A2));
    }
}
