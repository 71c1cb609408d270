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

    // The transition that fills the compiler's buffer changes one member of the forwarding struct.
    [Fact]
    public void SuccessorSink() =>
        GeneratedSnapshot.VerifyDifference(MemberShapes.InstanceParameters, MemberShapes.SuccessorSink, "Maintenance.Machine.g.cs");

    [Fact]
    public void InitialDistribution() => GeneratedSnapshot.Verify(MemberShapes.InitialDistribution, "Board.Race.g.cs");

    [Fact]
    public void AllowedActions() => GeneratedSnapshot.Verify(MemberShapes.AllowedActions, "Building.Lift.g.cs");

    [Fact]
    public void Features() => GeneratedSnapshot.Verify(MemberShapes.Features, "Hiking.Trail.g.cs");

    // The three reward shapes change a few lines of one model's code: r(s, a) is snapshotted whole, the other two
    // as their difference from it.
    [Fact]
    public void RewardOfStateAndAction() => GeneratedSnapshot.Verify(MemberShapes.RewardOfStateAndAction, "Dungeon.Treasure.g.cs");

    [Fact]
    public void RewardOfState() =>
        GeneratedSnapshot.VerifyDifference(MemberShapes.RewardOfStateAndAction, MemberShapes.RewardOfState, "Dungeon.Treasure.g.cs");

    [Fact]
    public void RewardOfTransition() =>
        GeneratedSnapshot.VerifyDifference(MemberShapes.RewardOfStateAndAction, MemberShapes.RewardOfTransition, "Dungeon.Treasure.g.cs");
}
