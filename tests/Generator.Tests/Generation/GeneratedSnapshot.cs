using System.Runtime.CompilerServices;
using MdpDsl.Generator.Tests.Driving;
using MdpDsl.Generator.Tests.Snapshots;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>The common body of every snapshot test: generate, check the run was clean, compare with the snapshot.</summary>
internal static class GeneratedSnapshot
{
    /// <summary>
    /// Runs the generator on <paramref name="source"/>, fails on any exception, generator diagnostic or compile
    /// error, expects exactly one file named <paramref name="hintName"/>, and compares it with its snapshot.
    /// </summary>
    public static void Verify(
        string source,
        string hintName,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var run = GeneratorHarness.Run(source).AssertClean();

        Assert.Equal(hintName, Assert.Single(run.Sources).HintName);
        Snapshot.Verify(run.Sources.Select(s => (s.HintName, s.Text)), testFile, testMethod);
    }
}
