using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Execution;

/// <summary>An [Allowed] mask, run: masked actions are unavailable and never chosen, so values follow the allowed moves only.</summary>
public sealed class AllowedActionTests
{
    [Fact]
    public void Masked_actions_are_not_allowed()
    {
        var model = LoadedModel.Load(MemberShapes.AllowedActions, "Building.Lift");
        var compiled = model.Compile();

        Assert.False((bool)compiled.IsAllowed(Floor(model, "Second"), Ride(model, "Up")));
        Assert.False((bool)compiled.IsAllowed(Floor(model, "Ground"), Ride(model, "Down")));
        Assert.True((bool)compiled.IsAllowed(Floor(model, "First"), Ride(model, "Up")));
        Assert.True((bool)compiled.IsAllowed(Floor(model, "First"), Ride(model, "Down")));
    }

    [Fact]
    public void Values_follow_the_allowed_moves()
    {
        var model = LoadedModel.Load(MemberShapes.AllowedActions, "Building.Lift");

        var solution = SolverCatalog.ValueIteration(model.Compile(), tolerance: 1e-12);

        // Staying on the top floor is free forever; below it each floor costs 1, discounted by 0.9.
        Assert.Equal(0.0, (double)solution.V[Floor(model, "Second")], 1e-9);
        Assert.Equal(-1.0, (double)solution.V[Floor(model, "First")], 1e-9);
        Assert.Equal(-1.0 - 0.9, (double)solution.V[Floor(model, "Ground")], 1e-9);
    }

    private static dynamic Floor(LoadedModel model, string name) => Enum.Parse(model.Type.GetNestedType("Floor")!, name);

    private static dynamic Ride(LoadedModel model, string name) => Enum.Parse(model.Type.GetNestedType("Ride")!, name);
}
