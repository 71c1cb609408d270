using System;

namespace MdpDsl.Benchmarks.Workload;

/// <summary>A file that is not a valid TABMDP01 workload; the message names the file and what is wrong with it.</summary>
public sealed class TabMdpFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/> with the reason <paramref name="problem"/>.</summary>
    public TabMdpFormatException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The file that was being read.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Problem { get; }
}
