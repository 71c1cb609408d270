using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>Maximum-entropy IRL refuses bad demonstrations, features and options by name, before learning anything.</summary>
public class MaxEntIrlArgumentTests
{
    private static readonly MdpModel<Walk.Cell, Walk.Move> Model = Walk.Compile();

    private static readonly FeatureMatrix Closeness = Model.Features(("closeness", Walk.Closeness));

    private static readonly IReadOnlyList<(Walk.Cell, Walk.Move)>[] AtTheGoal = [[(Walk.Goal, Walk.Move.Stay)]];

    [Fact]
    public void Missing_or_empty_demonstrations_are_refused()
    {
        Assert.Equal("demonstrations", Assert.Throws<ArgumentNullException>(() => Model.MaxEntIrl(Closeness, null!)).ParamName);

        var none = Assert.Throws<ArgumentException>(() => Model.MaxEntIrl(Closeness, []));
        Assert.Equal("demonstrations", none.ParamName);
        Assert.StartsWith("At least one demonstration is needed.", none.Message);

        var empty = Assert.Throws<ArgumentException>(() => Model.MaxEntIrl(Closeness, [AtTheGoal[0], []]));
        Assert.Equal("demonstrations", empty.ParamName);
        Assert.StartsWith("Demonstration 1 is empty.", empty.Message);
    }

    [Fact]
    public void A_pair_outside_the_model_or_not_allowed_is_named_with_its_demonstration_and_step()
    {
        var outside = Assert.Throws<ArgumentException>(() => Model.MaxEntIrl(Closeness, [AtTheGoal[0], [(Walk.Goal, Walk.Move.Stay), (new Walk.Cell(5, 0), Walk.Move.Up)]]));
        Assert.Equal("demonstrations", outside.ParamName);
        Assert.StartsWith("Demonstration 1, step 1: (Cell { X = 5, Y = 0 }, Up) is not part of the model.", outside.Message);

        // A walk along a line on which the third action is allowed nowhere.
        var line = ArrayModel.Compile(SmallModels.Line(4, actions: 3), 1, horizon: 3);
        var features = line.Features(("one", (_, _) => 1));
        var disallowed = Assert.Throws<ArgumentException>(() => line.MaxEntIrl(features, [[(0, Act.A0), (1, Act.A2)]]));
        Assert.Equal("demonstrations", disallowed.ParamName);
        Assert.StartsWith("Demonstration 0, step 1: action A2 is not available in state 1.", disallowed.Message);
    }

    [Fact]
    public void A_demonstration_longer_than_the_horizon_is_refused()
    {
        var walk = AtTheGoal[0].Concat(AtTheGoal[0]).Concat(AtTheGoal[0]).ToArray();

        var error = Assert.Throws<ArgumentException>(() => Model.MaxEntIrl(Closeness, [walk, AtTheGoal[0]], new MaxEntIrlOptions { Horizon = 2 }));

        Assert.Equal("demonstrations", error.ParamName);
        Assert.StartsWith("Demonstration 0 has 3 steps, more than the horizon 2.", error.Message);
    }

    [Fact]
    public void Options_out_of_range_are_refused_by_name()
    {
        var rate = Assert.Throws<ArgumentOutOfRangeException>(() => Model.MaxEntIrl(Closeness, AtTheGoal, new MaxEntIrlOptions { LearningRate = double.PositiveInfinity }));
        Assert.Equal("LearningRate", rate.ParamName);
        Assert.StartsWith("The learning rate must be positive and finite.", rate.Message);
        Assert.Equal("LearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => Model.MaxEntIrl(Closeness, AtTheGoal, new MaxEntIrlOptions { LearningRate = 0 })).ParamName);

        var iterations = Assert.Throws<ArgumentOutOfRangeException>(() => Model.MaxEntIrl(Closeness, AtTheGoal, new MaxEntIrlOptions { Iterations = 0 }));
        Assert.Equal("Iterations", iterations.ParamName);
        Assert.StartsWith("At least one iteration is needed.", iterations.Message);

        var horizon = Assert.Throws<ArgumentOutOfRangeException>(() => Model.MaxEntIrl(Closeness, AtTheGoal, new MaxEntIrlOptions { Horizon = 0 }));
        Assert.Equal("Horizon", horizon.ParamName);
        Assert.StartsWith("The horizon must be at least 1.", horizon.Message);

        foreach (var weights in new[] { new double[2], [double.NaN] })
        {
            var error = Assert.Throws<ArgumentException>(() => Model.MaxEntIrl(Closeness, AtTheGoal, new MaxEntIrlOptions { InitialWeights = weights }));
            Assert.Equal("InitialWeights", error.ParamName);
            Assert.StartsWith("The initial weights must be 1 finite numbers.", error.Message);
        }
    }

    [Fact]
    public void A_feature_that_is_not_a_number_is_named_with_its_state()
    {
        var error = Assert.Throws<ArgumentException>(() => Model.Features(("broken", (s, a) => s.X == 2 ? double.NaN : 0)));
        Assert.Contains("'broken' is NaN at state Cell { X = 2, Y = 0 }", error.Message);
    }
}
