using System.Security;
using System.Threading;
using System.Xml.Linq;

namespace MdpDsl.Package.Tests.Infrastructure;

/// <summary>
/// The MdpDsl and MdpDsl.Plotting packages, packed once for every test in <see cref="PackageCollection"/> into a local feed inside a
/// fresh temporary folder, under a version no earlier run can have left in the NuGet cache. The build that packs it
/// writes to that folder too (artifacts output), never to the repository's bin/ and obj/. Disposing removes the
/// folder and the copy of this version that restoring a consumer put in the global packages folder.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public const string Id = "MdpDsl";

    public const string PlottingId = "MdpDsl.Plotting";

    public PackedPackage()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkDirectory = Directory.CreateTempSubdirectory("mdpdsl-package-").FullName;
        try
        {
            // A consumer below this folder must see no Directory.Build.* or Directory.Packages.props from any folder
            // above it (a temporary folder may sit inside another checkout): empty ones here end the search.
            foreach (var fence in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
                File.WriteAllText(Path.Combine(WorkDirectory, fence), "<Project />\n");

            Feed = Directory.CreateDirectory(Path.Combine(WorkDirectory, "feed")).FullName;
            Version = $"{RepositoryVersion(RepositoryRoot)}-packagetest.g{Guid.NewGuid():N}";
            PackResult = Pack(Path.Combine("src", "Runtime", "MdpDsl.Runtime.csproj"));
            PackagePath = Path.Combine(Feed, $"{Id}.{Version}.nupkg");
            SymbolsPackagePath = Path.Combine(Feed, $"{Id}.{Version}.snupkg");
            PlottingPackResult = Pack(Path.Combine("src", "Plotting", "MdpDsl.Plotting.csproj"));
            PlottingPackagePath = Path.Combine(Feed, $"{PlottingId}.{Version}.nupkg");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string RepositoryRoot { get; }

    /// <summary>The temporary folder that holds the feed, the pack's build output and the consumer projects.</summary>
    public string WorkDirectory { get; }

    public string Feed { get; } = "";

    public string Version { get; } = "";

    public string PackagePath { get; } = "";

    public string SymbolsPackagePath { get; } = "";

    public string PlottingPackagePath { get; } = "";

    internal CommandResult? PackResult { get; }

    internal CommandResult? PlottingPackResult { get; }

    /// <summary>
    /// A new console project in its own folder that knows the package only by name and version: one
    /// PackageReference (or one per id in <paramref name="packages"/>), and a nuget.config that adds the local feed
    /// to the sources this machine already uses.
    /// </summary>
    public string CreateConsumer(string name, string program, params string[] packages)
    {
        var references = string.Join(
            Environment.NewLine + "    ",
            (packages.Length == 0 ? [Id] : packages).Select(id => $"<PackageReference Include=\"{id}\" Version=\"[{Version}]\" />"));
        var directory = Directory.CreateDirectory(Path.Combine(WorkDirectory, name)).FullName;
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {references}
              </ItemGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="mdpdsl-local-feed" value="{SecurityElement.Escape(Feed)}" />
              </packageSources>
            </configuration>

            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        return directory;
    }

    public void Dispose()
    {
        TryDelete(WorkDirectory);
        if (Version.Length > 0 && GlobalPackagesFolder() is { } packages)
        {
            foreach (var packageId in new[] { Id, PlottingId })
            {
                var id = Path.Combine(packages, packageId.ToLowerInvariant());
                TryDelete(Path.Combine(id, Version.ToLowerInvariant()));
                if (Directory.Exists(id) && !Directory.EnumerateFileSystemEntries(id).Any())
                    TryDelete(id);
            }
        }
    }

    // Both packs share one build output, so the second builds only what the first did not.
    private CommandResult Pack(string project) =>
        DotNet.Run(
            RepositoryRoot,
            "pack", project,
            "--configuration", "Release",
            "--output", Feed,
            "--disable-build-servers",
            $"-p:Version={Version}",
            "-p:UseArtifactsOutput=true",
            $"-p:ArtifactsPath={Path.Combine(WorkDirectory, "artifacts")}").ShouldSucceed();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "src", "Runtime", "MdpDsl.Runtime.csproj")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No repository root (with src/Runtime/MdpDsl.Runtime.csproj) above {AppContext.BaseDirectory}.");
    }

    /// <summary>The version the repository ships, from Directory.Build.props, so the test version sorts beside it.</summary>
    private static string RepositoryVersion(string root)
    {
        var props = XDocument.Load(Path.Combine(root, "Directory.Build.props"));
        return props.Descendants("Version").Select(v => v.Value.Trim()).FirstOrDefault(v => v.Length > 0)
            ?? throw new InvalidOperationException("Directory.Build.props sets no <Version>.");
    }

    private static string? GlobalPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(configured))
            return configured;
        CommandResult result;
        try
        {
            result = DotNet.Run(Path.GetTempPath(), TimeSpan.FromMinutes(1), "nuget", "locals", "global-packages", "--list");
        }
        catch (Exception)
        {
            return null;
        }
        const string prefix = "global-packages:";
        var line = result.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line is null ? null : line[prefix.Length..].Trim();
    }

    private static void TryDelete(string directory)
    {
        for (var attempt = 0; attempt < 3 && Directory.Exists(directory); attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(500);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(500);
            }
        }
    }
}

/// <summary>The tests that share one packed package; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed MdpDsl packages";
}
