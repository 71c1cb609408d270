using MdpDsl.Generator.Model;
using MdpDsl.Generator.Parsing;
using MdpDsl.Generator.Tests.Driving;
using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Incremental;

/// <summary>
/// The spec is a value: the same declaration parsed in two unrelated compilations gives equal specs (and equal
/// hashes), which is what lets the incremental pipeline stop at the parse step.
/// </summary>
public sealed class SpecEqualityTests
{
    public static TheoryData<string, string> Models => new()
    {
        { RepositoryFiles.GridWorldSample, "Samples.GridWorld.GridWorld" },
        { StateShapes.NestedState, "Warehouse.PickAndPlace" },
        { StateShapes.IntegerRanges, "Climate.Thermostat" },
        { StateShapes.SettableStruct, "Lighting.Dimmer" },
        { StateShapes.ReachableStates, "Casino.Gambler" },
        { MemberShapes.InstanceParameters, "Maintenance.Machine" },
        { PlacementShapes.NestedInContainingTypes, "Arcade.Games+Cabinet+PushYourLuck" },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Same_model_in_two_compilations_gives_equal_specs(string source, string typeName)
    {
        var first = SpecOf(source, typeName);
        var second = SpecOf(source, typeName);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData("[Mdp(Discount = 0.95)]", "[Mdp(Discount = 0.9)]")]
    [InlineData("[Range(0, 2)] int Y", "[Range(0, 3)] int Y")]
    [InlineData("Pick, Drop }", "Pick, Drop, Wait }")]
    [InlineData("public static double Pay(", "public double Pay(")]
    public void A_change_to_the_model_gives_an_unequal_spec(string before, string after)
    {
        var source = StateShapes.NestedState;
        Assert.Contains(before, source);

        Assert.NotEqual(SpecOf(source, "Warehouse.PickAndPlace"), SpecOf(source.Replace(before, after), "Warehouse.PickAndPlace"));
    }

    private static MdpSpec SpecOf(string source, string typeName)
    {
        var type = ModelCompilation.Create(source).GetTypeByMetadataName(typeName);
        Assert.NotNull(type);
        var result = ModelParser.Parse(type, default);
        Assert.Empty(result.Diagnostics);
        return result.Spec!;
    }
}
