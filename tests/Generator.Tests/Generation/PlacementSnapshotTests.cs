using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>The generated code for models outside a namespace or inside other types.</summary>
public sealed class PlacementSnapshotTests
{
    [Fact]
    public void GlobalNamespace() => GeneratedSnapshot.Verify(PlacementShapes.GlobalNamespace, "CoinFlips.g.cs");

    [Fact]
    public void NestedInContainingTypes() => GeneratedSnapshot.Verify(PlacementShapes.NestedInContainingTypes, "Arcade.Games+Cabinet+PushYourLuck.g.cs");

    [Fact]
    public void PrivateTypesAndKeywords() => GeneratedSnapshot.Verify(PlacementShapes.PrivateTypesAndKeywords, "Game.event.Model.g.cs");
}
