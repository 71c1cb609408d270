using BenchmarkDotNet.Running;

namespace MdpDsl.Benchmarks;

/// <summary>
/// Runs the suites BenchmarkDotNet finds in this assembly; pass BenchmarkDotNet's own arguments, for example
/// <c>--filter '*SyntheticSweep*' --job short</c>. See benchmarks/README.md for the suites and their filters.
/// </summary>
public static class Program
{
    /// <summary>Hands the command line to BenchmarkDotNet's switcher.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
