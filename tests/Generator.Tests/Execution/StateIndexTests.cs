using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Execution;

/// <summary>
/// The generated mixed-radix indexing, run: every index maps to a state and back, the count is the product of
/// the field domains, and a state with a field outside its domain has no index.
/// </summary>
public sealed class StateIndexTests
{
    /// <summary>Each composite shape, with its class name and its state count worked out from its field domains.</summary>
    public static TheoryData<string, string, int> CompositeShapes => new()
    {
        // The sample's 5 × 5 grid.
        { RepositoryFiles.GridWorldSample, "Samples.GridWorld.GridWorld", 5 * 5 },
        { StateShapes.NestedState, "Warehouse.PickAndPlace", 4 * 3 * 4 * 2 },
        { StateShapes.IntegerRanges, "Climate.Thermostat", 7 * 3 * 5 * 3 },
        { StateShapes.SettableStruct, "Lighting.Dimmer", 2 * 3 * 2 },
    };

    [Theory]
    [MemberData(nameof(CompositeShapes))]
    public void Every_index_round_trips_through_its_state(string source, string typeName, int stateCount)
    {
        var model = LoadedModel.Load(source, typeName);

        Assert.Equal(stateCount, model.StateCount);
        for (var i = 0; i < stateCount; i++)
        {
            var state = model.StateAt(i);
            Assert.Equal(i, model.IndexOf(state));
            Assert.True(model.TryIndexOf(state, out var found));
            Assert.Equal(i, found);
        }
    }

    [Theory]
    [MemberData(nameof(CompositeShapes))]
    public void Index_outside_the_space_is_rejected(string source, string typeName, int stateCount)
    {
        var model = LoadedModel.Load(source, typeName);

        Assert.Throws<ArgumentOutOfRangeException>(() => model.StateAt(stateCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.StateAt(-1));
    }

    [Theory]
    [InlineData(1, -3, 1, -2, 1)]
    [InlineData(3, -3, 1, -1, 0)]
    [InlineData(15, -3, 2, -2, 0)]
    [InlineData(45, -2, 1, -2, 0)]
    [InlineData(314, 3, 3, 2, 2)]
    public void First_field_is_the_most_significant_digit(int index, int error, int gear, long drift, byte fan)
    {
        var model = LoadedModel.Load(StateShapes.IntegerRanges, "Climate.Thermostat");

        // Radices 7, 3, 5, 3 from the ranges: index = ((((error + 3)·3 + gear − 1)·5 + drift + 2)·3 + fan.
        Assert.Equal(((((error + 3) * 3 + gear - 1) * 5 + drift + 2) * 3) + fan, index);
        Assert.Equal(model.New("Climate.Thermostat+Reading", error, gear, drift, fan), model.StateAt(index));
    }

    [Theory]
    [InlineData(4, 1, (long)0, (byte)0)]
    [InlineData(-4, 1, (long)0, (byte)0)]
    [InlineData(0, 0, (long)0, (byte)0)]
    [InlineData(0, 4, (long)0, (byte)0)]
    [InlineData(0, 1, (long)-3, (byte)0)]
    [InlineData(0, 1, (long)3, (byte)0)]
    [InlineData(0, 1, (long)0, (byte)3)]
    public void Integer_fields_outside_their_ranges_have_no_index(int error, int gear, long drift, byte fan)
    {
        var model = LoadedModel.Load(StateShapes.IntegerRanges, "Climate.Thermostat");
        var outside = model.New("Climate.Thermostat+Reading", error, gear, drift, fan);

        Assert.False(model.TryIndexOf(outside, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.IndexOf(outside));
    }

    [Fact]
    public void Nested_state_outside_its_range_has_no_index()
    {
        var model = LoadedModel.Load(StateShapes.NestedState, "Warehouse.PickAndPlace");
        var offGrid = model.New("Warehouse.PickAndPlace+Position", 4, 0);
        var north = Enum.ToObject(model.Type.GetNestedType("Heading")!, 0);

        Assert.False(model.TryIndexOf(model.New("Warehouse.PickAndPlace+Robot", offGrid, north, false), out _));
    }
}
