using System.IO;
using System.Runtime.CompilerServices;

namespace MdpDsl.Generator.Tests.Models;

/// <summary>Reads files of this repository, so that tests follow the samples as they change.</summary>
internal static class RepositoryFiles
{
    /// <summary>The text of <paramref name="relativePath"/>, relative to the folder that holds Dsl.sln.</summary>
    public static string Read(string relativePath, [CallerFilePath] string callerFile = "")
    {
        // The source path of this file is known at compile time; the repository root is the first folder above
        // it with the solution file, wherever the repository is checked out.
        var directory = new DirectoryInfo(Path.GetDirectoryName(callerFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dsl.sln")))
            directory = directory.Parent;
        Assert.True(directory is not null, "No Dsl.sln above " + callerFile);
        return File.ReadAllText(Path.Combine(directory!.FullName, relativePath));
    }

    /// <summary>The main sample's model.</summary>
    public static string GridWorldSample => Read("samples/GridWorld/GridWorld.cs");
}
