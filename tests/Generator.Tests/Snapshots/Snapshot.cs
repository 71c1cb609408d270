using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;

namespace MdpDsl.Generator.Tests.Snapshots;

/// <summary>What comparing a text with its verified snapshot found.</summary>
/// <param name="Passed">Whether the test passes: the text matched, or it was accepted.</param>
/// <param name="Message">Why it failed, with a unified diff; null when it passed.</param>
internal sealed record SnapshotOutcome(bool Passed, string? Message);

/// <summary>
/// Snapshot testing with Verify's conventions, which this project cannot take as a package. Each generated file
/// is compared with <c>{Class}.{Method}#{HintName}.verified.cs</c> beside the test file. On a mismatch (or when
/// the verified file is missing) the new text goes to <c>….received.cs</c> and the test fails with a unified
/// diff; a pass deletes any received file left from before. To accept new output, run the tests with
/// <see cref="AcceptVariable"/>=1, read the diff of the verified files, and commit them.
/// </summary>
internal static class Snapshot
{
    /// <summary>Set to 1 (or true) to write received text as the verified snapshot instead of failing.</summary>
    public const string AcceptVariable = "MDPDSL_ACCEPT";

    /// <summary>What the generator version is replaced by, so that a version bump changes no snapshot.</summary>
    public const string VersionToken = "{version}";

    private static readonly Regex GeneratorVersion = new("""(GeneratedCode\("MdpDsl\.Generator", ")[^"]*("\))""");

    /// <summary>
    /// Compares each generated file with its snapshot. The class part of the name is the test file's name, so a
    /// test class lives in a file of its own name.
    /// </summary>
    public static void Verify(
        IEnumerable<(string HintName, string Text)> files,
        string extension = "cs",
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        // A build that maps source paths (PathMap, ContinuousIntegrationBuild) leaves no folder to keep snapshots in.
        Assert.True(Directory.Exists(directory), $"The test's source folder '{directory}' does not exist; build without source path mapping.");
        var testClass = Path.GetFileNameWithoutExtension(testFile);
        var list = files.ToList();
        Assert.True(list.Count > 0, "Nothing to verify: the generator produced no files.");
        var failures = list
            .Select(file => Match(directory, $"{testClass}.{testMethod}#{WithoutExtension(file.HintName)}", Scrub(file.Text), Accepting, extension))
            .Where(outcome => !outcome.Passed)
            .Select(outcome => outcome.Message)
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>
    /// Compares <paramref name="actual"/> with <c>{name}.verified.{extension}</c> in <paramref name="directory"/>,
    /// writing or deleting <c>{name}.received.{extension}</c> as the outcome demands.
    /// </summary>
    public static SnapshotOutcome Match(string directory, string name, string actual, bool accept, string extension = "cs")
    {
        var verifiedPath = Path.Combine(directory, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{name}.received.{extension}");
        actual = Normalize(actual);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

        if (verified == actual || accept)
        {
            if (verified != actual)
                File.WriteAllText(verifiedPath, actual, Utf8);
            File.Delete(receivedPath);
            return new SnapshotOutcome(true, null);
        }

        File.WriteAllText(receivedPath, actual, Utf8);
        var advice = $"Compare the files, or set {AcceptVariable}=1 and rerun to accept the received text.";
        return verified is null
            ? new SnapshotOutcome(false, $"No snapshot {Path.GetFileName(verifiedPath)} yet; wrote {Path.GetFileName(receivedPath)}. {advice}")
            : new SnapshotOutcome(false,
                $"{Path.GetFileName(receivedPath)} differs from {Path.GetFileName(verifiedPath)}. {advice}\n" +
                UnifiedDiff(verified, actual, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath)));
    }

    /// <summary>Replaces the version in <c>[GeneratedCode("MdpDsl.Generator", "…")]</c> with <see cref="VersionToken"/>.</summary>
    public static string Scrub(string generated) => GeneratorVersion.Replace(generated, "${1}" + VersionToken + "${2}");

    /// <summary>
    /// A unified diff (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks with three lines of context) built from
    /// DiffPlex's line blocks, so a failure reads like <c>git diff</c>.
    /// </summary>
    public static string UnifiedDiff(string expected, string actual, string expectedName, string actualName, int context = 3)
    {
        // DiffPlex reads a final line break as one more, empty line; diff -u does not.
        var diff = Differ.Instance.CreateLineDiffs(WithoutFinalLineBreak(expected), WithoutFinalLineBreak(actual), false, false);
        var (a, b, blocks) = (diff.PiecesOld, diff.PiecesNew, diff.DiffBlocks);
        var text = new StringBuilder().Append("--- ").Append(expectedName).Append('\n').Append("+++ ").Append(actualName).Append('\n');
        for (var first = 0; first < blocks.Count;)
        {
            // Blocks closer than twice the context share one hunk, as in diff -u.
            var last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * context)
                last++;

            var startA = Math.Max(0, blocks[first].DeleteStartA - context);
            var startB = blocks[first].InsertStartB - (blocks[first].DeleteStartA - startA);
            var endOfLastA = blocks[last].DeleteStartA + blocks[last].DeleteCountA;
            var endA = Math.Min(a.Count, endOfLastA + context);
            var endB = blocks[last].InsertStartB + blocks[last].InsertCountB + (endA - endOfLastA);
            text.Append($"@@ -{Range(startA, endA - startA)} +{Range(startB, endB - startB)} @@\n");

            var line = startA;
            for (var k = first; k <= last; k++)
            {
                var block = blocks[k];
                for (; line < block.DeleteStartA; line++)
                    text.Append(' ').Append(a[line]).Append('\n');
                for (var i = 0; i < block.DeleteCountA; i++)
                    text.Append('-').Append(a[block.DeleteStartA + i]).Append('\n');
                for (var i = 0; i < block.InsertCountB; i++)
                    text.Append('+').Append(b[block.InsertStartB + i]).Append('\n');
                line = block.DeleteStartA + block.DeleteCountA;
            }
            for (; line < endA; line++)
                text.Append(' ').Append(a[line]).Append('\n');
            first = last + 1;
        }
        if (blocks.Count == 0 && expected != actual)
            text.Append("(the texts differ only in their final line break)\n");
        return text.ToString();
    }

    private static bool Accepting =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "True" or "TRUE";

    // Verified files are LF (the repository's .gitattributes says so); a checkout or editor may still hand us CRLF.
    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Verify names a generated file "Foo.g.cs" as "…#Foo.g.verified.cs".
    private static string WithoutExtension(string hintName) =>
        hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;

    private static string WithoutFinalLineBreak(string text) => text.EndsWith('\n') ? text[..^1] : text;

    // diff -u numbers lines from 1; an empty range names the line before it.
    private static string Range(int start, int length) => length == 0 ? $"{start},0" : $"{start + 1},{length}";
}
