using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>The queries of an inference result refuse a step, an action or a missing argument by name.</summary>
public class InferenceArgumentTests
{
    private static readonly InferenceResult<int, Act> Result = Walk().Inference();

    /// <summary>A walk from position 0 of 4 to its end, over 3 steps; A2 is allowed nowhere.</summary>
    private static ArrayModel Walk()
    {
        var arrays = SmallModels.Line(4, actions: 3);
        arrays.Initial.Add((0, 1.0));
        return ArrayModel.Compile(arrays, 1, horizon: 3);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void A_step_outside_the_horizon_is_refused(int step)
    {
        foreach (var query in new Action[]
        {
            () => Result.PosteriorDynamics(step, 0, Act.A0),
            () => Result.OptimismGap(step, 0, Act.A0),
            () => Result.PosteriorDynamicsKl(step, 0, Act.A0),
        })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(query);
            Assert.Equal("step", error.ParamName);
            Assert.StartsWith("The step must lie in [0, 3).", error.Message);
        }
    }

    [Fact]
    public void An_action_the_state_does_not_allow_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Result.PosteriorDynamics(0, 0, Act.A2));
        Assert.Equal("action", error.ParamName);
        Assert.StartsWith("Action A2 is not available in state 0.", error.Message);
    }

    [Fact]
    public void Missing_arguments_are_refused_by_name()
    {
        Assert.Equal("random", Assert.Throws<ArgumentNullException>(() => Result.Sample(null!)).ParamName);
        Assert.Equal("trajectory", Assert.Throws<ArgumentNullException>(() => Result.LogProbability(null!)).ParamName);
        Assert.Equal("policies", Assert.Throws<ArgumentNullException>(
            () => Result.LogProbability(Result.MostProbableTrajectory(), (IReadOnlyList<Policy<int, Act>>)null!)).ParamName);
    }
}
