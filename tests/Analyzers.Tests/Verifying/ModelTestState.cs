using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace MdpDsl.Analyzers.Tests.Verifying;

/// <summary>
/// What every test compiles models against: the framework this test runs on and the MdpDsl runtime. The runtime
/// is built for .NET 10, so a reference-assembly package of an older .NET (such as .NET 8's) would reject it
/// (CS1705); the running framework's own assemblies always match it and need no download.
/// </summary>
internal static class ModelTestState
{
    /// <summary>C# 12, the newest language the analyzers' Roslyn 4.8 knows: what the oldest supported host parses.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    // Reading ~170 framework assemblies costs more than an analyzer run, so every test shares the references.
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(Load);

    /// <summary>The framework's assemblies (those beside System.Private.CoreLib) and the MdpDsl runtime.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>No reference-assembly package: <see cref="References"/> stand in for it.</summary>
    public static ReferenceAssemblies NoPackage { get; } = new("net10.0");

    /// <summary>Gives a test's project the references and the language version.</summary>
    public static void Configure(SolutionState state, ICollection<Func<Solution, ProjectId, Solution>> solutionTransforms)
    {
        state.AdditionalReferences.AddRange(References);
        solutionTransforms.Add((solution, project) => solution.WithProjectParseOptions(project, ParseOptions));
    }

    private static ImmutableArray<MetadataReference> Load()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetDirectoryName(path) == frameworkDirectory)
            .Append(typeof(MdpAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
