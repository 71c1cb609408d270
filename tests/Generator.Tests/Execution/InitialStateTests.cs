using System.Collections;
using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Execution;

/// <summary>Each shape of [Initial] member, run: the compiled start distribution is the one the member declares.</summary>
public sealed class InitialStateTests
{
    [Fact]
    public void Distribution_from_a_method()
    {
        var model = LoadedModel.Load(MemberShapes.InitialDistribution, "Board.Race");

        Assert.Equal(new[] { (0, 0.5), (1, 0.25), (2, 0.25) }, StartByIndex(model));
    }

    [Fact]
    public void Distribution_from_a_property()
    {
        var model = LoadedModel.Load(MemberShapes.FiniteHorizon, "Retail.Inventory");

        Assert.Equal(new[] { (0, 0.5), (1, 0.5) }, StartByIndex(model));
    }

    [Fact]
    public void Single_state_from_a_method()
    {
        var model = LoadedModel.Load(MemberShapes.DeterministicTransition, "Corridors.Corridor");

        Assert.Equal(new[] { (0, 1.0) }, StartByIndex(model));
    }

    [Fact]
    public void Single_state_from_a_property()
    {
        var model = LoadedModel.Load(StateShapes.NestedState, "Warehouse.PickAndPlace");

        // Robot(At: (3, 0), North, not carrying) in radices 12, 4, 2 with Position (3, 0) = 3·3 + 0: (9·4 + 0)·2 + 0.
        Assert.Equal(new[] { (72, 1.0) }, StartByIndex(model));
    }

    [Fact]
    public void No_initial_member_gives_an_empty_distribution()
    {
        var model = LoadedModel.Load(MemberShapes.AllowedActions, "Building.Lift");

        Assert.Empty(StartByIndex(model));
    }

    /// <summary>The compiled start distribution as (state index, probability), in index order.</summary>
    private static (int Index, double Probability)[] StartByIndex(LoadedModel model, object? instance = null)
    {
        var start = (IEnumerable)model.Compile(instance).InitialDistribution;
        return start.Cast<dynamic>()
            .Select(entry => ((int)model.IndexOf((object)entry.Item1), (double)entry.Item2))
            .OrderBy(entry => entry.Item1)
            .ToArray();
    }
}
