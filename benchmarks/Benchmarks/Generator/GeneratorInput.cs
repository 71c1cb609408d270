using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MdpDsl.Benchmarks.Generator;

/// <summary>Builds the compilation the generator benchmark runs over: the model sources against the framework and the MdpDsl runtime.</summary>
internal static class GeneratorInput
{
    /// <summary>C# 12: the newest language Roslyn 4.8, the generator's floor, understands.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static CSharpCompilation Create(IEnumerable<string> sources) =>
        CSharpCompilation.Create(
            "Models",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"File{i}.cs")),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    // The running framework's assemblies (those beside System.Private.CoreLib) and the runtime the models use.
    private static IEnumerable<MetadataReference> References()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetDirectoryName(path) == frameworkDirectory)
            .Append(typeof(MdpAttribute).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
