using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>The generated code for each shape of transition, reward and initial member, and for model settings.</summary>
public sealed class MemberShapeSnapshotTests
{
    [Fact]
    public void DeterministicTransition() => GeneratedSnapshot.Verify(MemberShapes.DeterministicTransition, "Corridors.Corridor.g.cs");

    [Fact]
    public void FiniteHorizon() => GeneratedSnapshot.Verify(MemberShapes.FiniteHorizon, "Retail.Inventory.g.cs");

    [Fact]
    public void InstanceParameters() => GeneratedSnapshot.Verify(MemberShapes.InstanceParameters, "Maintenance.Machine.g.cs");

    [Fact]
    public void InitialDistribution() => GeneratedSnapshot.Verify(MemberShapes.InitialDistribution, "Board.Race.g.cs");

    [Fact]
    public void AllowedActions() => GeneratedSnapshot.Verify(MemberShapes.AllowedActions, "Building.Lift.g.cs");

    [Fact]
    public void Features() => GeneratedSnapshot.Verify(MemberShapes.Features, "Hiking.Trail.g.cs");

    [Fact]
    public void RewardOfState() => GeneratedSnapshot.Verify(MemberShapes.RewardOfState, "Dungeon.Treasure.g.cs");

    [Fact]
    public void RewardOfStateAndAction() => GeneratedSnapshot.Verify(MemberShapes.RewardOfStateAndAction, "Dungeon.Treasure.g.cs");

    [Fact]
    public void RewardOfTransition() => GeneratedSnapshot.Verify(MemberShapes.RewardOfTransition, "Dungeon.Treasure.g.cs");
}
