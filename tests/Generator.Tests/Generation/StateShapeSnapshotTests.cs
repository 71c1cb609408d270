using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>The generated code for each kind of state type.</summary>
public sealed class StateShapeSnapshotTests
{
    [Fact]
    public void EnumState() => GeneratedSnapshot.Verify(StateShapes.EnumState, "Weather.Umbrella.g.cs");

    [Fact]
    public void NestedStateWithEnumAndBoolFields() => GeneratedSnapshot.Verify(StateShapes.NestedState, "Warehouse.PickAndPlace.g.cs");

    [Fact]
    public void IntegerRangesOffZeroAndLongAndByteFields() => GeneratedSnapshot.Verify(StateShapes.IntegerRanges, "Climate.Thermostat.g.cs");

    [Fact]
    public void SettableStructBuiltByInitializer() => GeneratedSnapshot.Verify(StateShapes.SettableStruct, "Lighting.Dimmer.g.cs");

    [Fact]
    public void ReachableStateSpace() => GeneratedSnapshot.Verify(StateShapes.ReachableStates, "Casino.Gambler.g.cs");
}
