using System.IO;

namespace MdpDsl.Generator.Tests.Snapshots;

/// <summary>The snapshot helper itself: every test of generated code leans on it, so it must fail when it should.</summary>
public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("snapshot-helper-").FullName;

    private string Verified => Path.Combine(_directory, "Case#Model.g.verified.cs");

    private string Received => Path.Combine(_directory, "Case#Model.g.received.cs");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Mismatch_fails_with_a_unified_diff_and_writes_the_received_file()
    {
        File.WriteAllText(Verified, "a\nb\nc\n");

        var outcome = Snapshot.Match(_directory, "Case#Model.g", "a\nB\nc\n", accept: false);

        Assert.False(outcome.Passed);
        Assert.Contains("--- Case#Model.g.verified.cs\n+++ Case#Model.g.received.cs\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n", outcome.Message);
        Assert.Equal("a\nB\nc\n", File.ReadAllText(Received));
    }

    [Fact]
    public void Match_passes_and_deletes_a_received_file_left_from_an_earlier_failure()
    {
        File.WriteAllText(Verified, "same\n");
        File.WriteAllText(Received, "stale\n");

        var outcome = Snapshot.Match(_directory, "Case#Model.g", "same\n", accept: false);

        Assert.True(outcome.Passed);
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Missing_verified_file_fails_and_writes_the_received_file()
    {
        var outcome = Snapshot.Match(_directory, "Case#Model.g", "new\n", accept: false);

        Assert.False(outcome.Passed);
        Assert.Contains(Snapshot.AcceptVariable, outcome.Message);
        Assert.Equal("new\n", File.ReadAllText(Received));
        Assert.False(File.Exists(Verified));
    }

    [Fact]
    public void Accepting_writes_the_verified_file_and_passes()
    {
        File.WriteAllText(Verified, "old\n");
        File.WriteAllText(Received, "old received\n");

        var outcome = Snapshot.Match(_directory, "Case#Model.g", "new\r\n", accept: true);

        Assert.True(outcome.Passed);
        Assert.Equal("new\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Line_endings_do_not_count_as_a_difference()
    {
        File.WriteAllText(Verified, "line one\r\nline two\r\n");

        Assert.True(Snapshot.Match(_directory, "Case#Model.g", "line one\nline two\n", accept: false).Passed);
    }

    [Fact]
    public void Scrub_replaces_the_generator_version_only()
    {
        var scrubbed = Snapshot.Scrub("""
            [global::System.CodeDom.Compiler.GeneratedCode("MdpDsl.Generator", "1.2.3.4")]
            [global::System.CodeDom.Compiler.GeneratedCode("OtherTool", "1.2.3.4")]
            """);

        Assert.Equal("""
            [global::System.CodeDom.Compiler.GeneratedCode("MdpDsl.Generator", "{version}")]
            [global::System.CodeDom.Compiler.GeneratedCode("OtherTool", "1.2.3.4")]
            """, scrubbed);
    }

    [Fact]
    public void Unified_diff_keeps_three_lines_of_context_and_splits_distant_changes_into_hunks()
    {
        var before = string.Concat(Enumerable.Range(1, 12).Select(i => $"<{i}>\n"));
        var after = before.Replace("<2>", "two").Replace("<11>", "eleven");

        var diff = Snapshot.UnifiedDiff(before, after, "old", "new");

        Assert.Equal(
            "--- old\n+++ new\n" +
            "@@ -1,5 +1,5 @@\n <1>\n-<2>\n+two\n <3>\n <4>\n <5>\n" +
            "@@ -8,5 +8,5 @@\n <8>\n <9>\n <10>\n-<11>\n+eleven\n <12>\n",
            diff);
    }
}
