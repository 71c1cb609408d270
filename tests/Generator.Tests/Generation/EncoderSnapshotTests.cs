using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>The generated encoders, range checks and <c>CreateSimulator()</c> for each kind of field and encoding.</summary>
public sealed class EncoderSnapshotTests
{
    [Fact]
    public void EveryFieldKindByDefault() => GeneratedSnapshot.Verify(EncodingShapes.EveryFieldKind, "Logistics.Van.g.cs");

    [Fact]
    public void EncodingsChosenByAttribute() => GeneratedSnapshot.Verify(EncodingShapes.ChosenEncodings, "Farming.Greenhouse.g.cs");

    [Fact]
    public void ReachableStateBeyondAnyIndex() => GeneratedSnapshot.Verify(EncodingShapes.BeyondAnyIndex, "Robotics.Swarm.g.cs");
}
