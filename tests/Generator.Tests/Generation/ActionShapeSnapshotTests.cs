using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>The generated code for an action type that is a struct or record rather than an enum.</summary>
public sealed class ActionShapeSnapshotTests
{
    [Fact]
    public void RecordStructAction() => GeneratedSnapshot.Verify(ActionShapes.RecordStructAction, "Water.Reservoir.g.cs");
}
