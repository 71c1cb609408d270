using System.IO.Compression;
using System.Xml.Linq;
using MdpDsl.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MdpDsl.Package.Tests;

/// <summary>
/// What is inside MdpDsl.nupkg: the runtime where a compiler references it, the generator, analyzers and code fixes
/// where a compiler loads them, the readme and licence, and no dependency on the Roslyn packages they compile against.
/// </summary>
[Collection(PackageCollection.Name)]
public class PackageLayoutTests(PackedPackage package, ITestOutputHelper log)
{
    [Fact]
    public void The_runtime_is_in_lib_and_the_compiler_extensions_in_analyzers()
    {
        log.WriteLine($"packed {Path.GetFileName(package.PackagePath)}: {package.PackResult}");
        var entries = Entries(package.PackagePath);

        Assert.Contains("lib/net10.0/MdpDsl.Runtime.dll", entries);
        Assert.Contains("lib/net10.0/MdpDsl.Runtime.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/MdpDsl.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/MdpDsl.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/MdpDsl.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);

        // The compiler extensions are never referenced by the consumer's code, and nothing else is shipped as one.
        Assert.Equal(["lib/net10.0/MdpDsl.Runtime.dll"], entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal)));
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) && e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_and_licence_are_the_repository_files()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        Assert.Equal(File.ReadAllText(Path.Combine(package.RepositoryRoot, "README.md")), Read(zip, "README.md"));
        Assert.Equal(File.ReadAllText(Path.Combine(package.RepositoryRoot, "LICENSE")), Read(zip, "LICENSE"));
    }

    [Fact]
    public void The_nuspec_names_the_package_its_licence_its_readme_and_only_the_runtime_dependency()
    {
        var metadata = Nuspec(package.PackagePath).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal(PackedPackage.Id, Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("source-generator", Value("tags").Split(' '));

        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => e.Attribute("id")!.Value).ToList();
        Assert.Equal(["System.Numerics.Tensors"], dependencies);
        Assert.DoesNotContain(dependencies, d => d.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_symbols_package_carries_the_runtime_pdb()
    {
        Assert.True(File.Exists(package.SymbolsPackagePath), $"no {Path.GetFileName(package.SymbolsPackagePath)} beside the package");
        Assert.Contains("lib/net10.0/MdpDsl.Runtime.pdb", Entries(package.SymbolsPackagePath));
    }

    private static List<string> Entries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
    }

    private static XDocument Nuspec(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return XDocument.Parse(Read(zip, $"{PackedPackage.Id}.nuspec"));
    }

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)?.Open() ?? throw new InvalidOperationException($"no {entry} in the package"));
        return reader.ReadToEnd();
    }
}
