using System.IO;

namespace MdpDsl.Analyzers.Tests.Verifying;

/// <summary>This repository's files, for tests that read its samples, models and docs from disk.</summary>
internal static class Repository
{
    /// <summary>The first folder above the test's binaries that holds Dsl.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dsl.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("No Dsl.sln above " + AppContext.BaseDirectory);
    }
}
