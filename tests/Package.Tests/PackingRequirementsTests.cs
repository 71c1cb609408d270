using MdpDsl.Package.Tests.Infrastructure;

namespace MdpDsl.Package.Tests;

/// <summary>
/// `dotnet pack` refuses to make a package without its readme or its licence, and says which file is missing before
/// building anything. Each case packs a copy of the repository's build files with one of the two left out.
/// </summary>
[Collection(PackageCollection.Name)]
public class PackingRequirementsTests(PackedPackage package)
{
    /// <summary>What evaluating and packing the runtime project reads, short of its sources.</summary>
    private static readonly string[] BuildFiles =
    [
        "Directory.Build.props",
        "Directory.Packages.props",
        "global.json",
        "README.md",
        "LICENSE",
        Path.Combine("src", "Directory.Build.props"),
        Path.Combine("src", "Runtime", "MdpDsl.Runtime.csproj"),
    ];

    [Theory]
    [InlineData("README.md", "MDPPACK01")]
    [InlineData("LICENSE", "MDPPACK02")]
    public void Packing_without_the_readme_or_the_licence_fails_and_names_the_file(string missing, string error)
    {
        var copy = Path.Combine(package.WorkDirectory, "without-" + missing);
        foreach (var file in BuildFiles.Where(f => f != missing && File.Exists(Path.Combine(package.RepositoryRoot, f))))
        {
            var target = Path.Combine(copy, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(package.RepositoryRoot, file), target);
        }

        var pack = DotNet.Run(copy, "pack", Path.Combine("src", "Runtime", "MdpDsl.Runtime.csproj"), "--no-restore", "--disable-build-servers");

        Assert.False(pack.Succeeded, $"packing without {missing} succeeded:{Environment.NewLine}{pack.Output}");
        Assert.Contains($"error {error}", pack.Output);
        Assert.Contains(Path.Combine("without-" + missing, missing), pack.Output);
    }
}
