using MdpDsl.Generator.Tests.Models;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>The generated code of every sample model, read from the sample itself so the snapshot follows it.</summary>
public sealed class SampleSnapshotTests
{
    [Fact]
    public void GridWorld() => GeneratedSnapshot.Verify(RepositoryFiles.GridWorldSample, "Samples.GridWorld.GridWorld.g.cs");
}
