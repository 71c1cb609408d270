using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MdpDsl.TestKit;

/// <summary>
/// What every test compiles models against: the framework this test runs on and the MdpDsl runtime, in C# 12. The
/// runtime is built for .NET 10, so a reference-assembly package of an older .NET would reject it (CS1705); the
/// running framework's own assemblies always match it and need no download.
/// </summary>
public static class ModelCompilation
{
    /// <summary>C# 12, the newest language the generator's and analyzers' Roslyn 4.8 knows: what the oldest supported host parses.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    // Reading ~170 framework assemblies costs more than a generator or analyzer run, so every test shares them.
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(Load);

    /// <summary>The framework's assemblies (those beside System.Private.CoreLib) and the MdpDsl runtime.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>A library named <c>Models</c> of <paramref name="sources"/>, files <c>Model0.cs</c>, <c>Model1.cs</c>…, nullable enabled.</summary>
    public static CSharpCompilation Create(params string[] sources) => Create(sources, "Models");

    /// <summary>A library named <paramref name="name"/> of <paramref name="sources"/>, files <c>Model0.cs</c>, <c>Model1.cs</c>…, nullable enabled, every warning wave on.</summary>
    public static CSharpCompilation Create(IEnumerable<string> sources, string name, IEnumerable<MetadataReference>? extraReferences = null) =>
        CSharpCompilation.Create(
            name,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Model{i}.cs")),
            References.AddRange(extraReferences ?? []),
            // Every warning wave, as an SDK project targeting current .NET reports them.
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

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
