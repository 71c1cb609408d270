using System.IO;
using MdpDsl.Analyzers.Tests.Verifying;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Analyzers.Tests.Robustness;

/// <summary>One model source to mutate, named by where it came from.</summary>
internal sealed record CorpusEntry(string Name, string Source);

/// <summary>
/// The models of the samples and of the generator's tests, read from disk when the test runs so that new ones join
/// by themselves: every file under samples/ or tests/Generator.Tests/ that declares an [Mdp] type, and every
/// string literal in those folders that holds one (the generator's tests keep their models in raw strings).
/// </summary>
internal static class ModelCorpus
{
    private static readonly string[] Folders = { "samples", Path.Combine("tests", "Generator.Tests") };

    public static IReadOnlyList<CorpusEntry> Load()
    {
        var root = Repository.Root;
        var entries = new List<CorpusEntry>();
        foreach (var file in Folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part is "bin" or "obj") || relative.EndsWith(".verified.cs", StringComparison.Ordinal))
                continue;
            var text = File.ReadAllText(file);
            if (!text.Contains("[Mdp", StringComparison.Ordinal))
                continue;
            var tree = CSharpSyntaxTree.ParseText(text);
            if (tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Any(IsMdp))
                entries.Add(new CorpusEntry(relative, text));
            entries.AddRange(tree.GetRoot().DescendantTokens()
                .Where(token => token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken)
                .Where(token => token.ValueText.Contains("[Mdp", StringComparison.Ordinal))
                .Select(token => new CorpusEntry($"{relative}:{token.GetLocation().GetLineSpan().StartLinePosition.Line + 1}", token.ValueText)));
        }
        return entries;
    }

    private static bool IsMdp(AttributeSyntax attribute) => attribute.Name.ToString() is "Mdp" or "MdpAttribute" or "MdpDsl.Mdp";
}
