using MdpDsl.Compilation;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Validation;

/// <summary>Compile() rejects successor probabilities that are not a distribution, naming the state, action and value.</summary>
public class ProbabilityValidationTests
{
    [Theory]
    [InlineData(-0.25)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_probability_that_is_negative_or_not_finite_is_rejected(double probability)
    {
        var m = SmallModels.Ring();
        m.Set(6, Act.A2, -1, (3, 1.0), (4, probability));
        ValidationAssert.Throws(() => ArrayModel.Compile(m, 0.9), 6, Act.A2, probability);
    }

    [Fact]
    public void Probabilities_summing_to_point_nine_are_rejected_with_their_sum()
    {
        var m = SmallModels.Ring();
        m.Set(5, Act.A1, -1, (3, 0.5), (4, 0.4));
        ValidationAssert.Throws(() => ArrayModel.Compile(m, 0.9), 5, Act.A1, 0.5 + 0.4);
    }

    [Theory]
    [InlineData(1e-10)]
    [InlineData(-1e-10)]
    public void A_sum_within_the_tolerance_of_one_is_accepted(double error)
    {
        // The documented tolerance is 1e-9, so 1 ± 1e-10 is rounding, not a mistake.
        Assert.Equal(1e-9, ModelCompiler.ProbabilityTolerance);
        var m = SmallModels.Ring();
        m.Set(5, Act.A1, -1, (3, 0.5), (4, 0.5 + error));
        var model = ArrayModel.Compile(m, 0.9);
        Assert.Equal(0.5 + error, model.Transitions(5, Act.A1).Single(x => x.State == 4).Probability);
    }

    [Theory]
    [InlineData(2e-9)]
    [InlineData(-2e-9)]
    public void A_sum_just_beyond_the_tolerance_is_rejected(double error)
    {
        var m = SmallModels.Ring();
        m.Set(5, Act.A1, -1, (3, 0.5), (4, 0.5 + error));
        ValidationAssert.Throws(() => ArrayModel.Compile(m, 0.9), 5, Act.A1, 0.5 + (0.5 + error));
    }

    [Fact]
    public void An_allowed_action_with_no_successors_is_rejected()
    {
        var m = SmallModels.Ring();
        m.Set(2, Act.A0, -1);
        ValidationAssert.Throws(() => ArrayModel.Compile(m, 0.9), 2, Act.A0, 0.0);
    }
}
