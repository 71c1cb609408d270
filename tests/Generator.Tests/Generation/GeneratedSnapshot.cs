using System.Runtime.CompilerServices;
using MdpDsl.Generator.Tests.Driving;
using MdpDsl.Generator.Tests.Snapshots;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>The common body of every snapshot test: generate, check the run was clean, compare with the snapshot.</summary>
internal static class GeneratedSnapshot
{
    /// <summary>
    /// Runs the generator on <paramref name="source"/>, fails on any exception, generator diagnostic, compile
    /// error or warning in generated code, expects exactly one file named <paramref name="hintName"/>, and compares
    /// it with its snapshot.
    /// </summary>
    public static void Verify(
        string source,
        string hintName,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        Snapshot.Verify(new[] { (hintName, Generate(source, hintName)) }, testFile: testFile, testMethod: testMethod);
    }

    /// <summary>
    /// Like <see cref="Verify"/>, but snapshots only how the generated file differs from that of
    /// <paramref name="baselineSource"/>, as a unified diff in <c>….verified.diff</c>: for a variant of a model
    /// whose full output another test already snapshots, the lines that vary are the whole story.
    /// </summary>
    public static void VerifyDifference(
        string baselineSource,
        string source,
        string hintName,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var difference = Snapshot.UnifiedDiff(
            Snapshot.Scrub(Generate(baselineSource, hintName)), Snapshot.Scrub(Generate(source, hintName)), "baseline/" + hintName, testMethod + "/" + hintName);
        Snapshot.Verify(new[] { (hintName, difference) }, "diff", testFile, testMethod);
    }

    private static string Generate(string source, string hintName)
    {
        var run = GeneratorHarness.Run(source).AssertClean();
        var generated = Assert.Single(run.Sources);
        Assert.Equal(hintName, generated.HintName);
        return generated.Text;
    }
}
