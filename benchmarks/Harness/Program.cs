using System;
using System.IO;
using MdpDsl.Benchmarks.Workload;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>
/// Entry point: <c>sweep</c>, <c>solve</c>, <c>generate</c> or <c>footprint</c>. Exit code 0 on success, 1 for a file that cannot
/// be read or is not a valid workload, 2 for a wrong command line; errors go to stderr, results to stdout.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage:
          sweep     --file F.bin --kind hard|soft [--sweeps 20] [--reps 5]
          solve     --file F.bin --method vi|gs|pi|mpi|ivi|auto [--kind hard|soft] [--tol 1e-6] [--temperature 1]
                    [--max-iterations 1000000] [--evaluation-sweeps 10] [--reps 1] [--dump-values V.f64]
          generate  --states N --actions A --successors K --seed S --out F.bin
          footprint --file F.bin
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Error.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            var options = new Options(args.AsSpan(1));
            return args[0] switch
            {
                "sweep" => SweepCommand.Run(options),
                "solve" => SolveCommand.Run(options),
                "generate" => GenerateCommand.Run(options),
                "footprint" => FootprintCommand.Run(options),
                _ => throw new UsageException($"Unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine(Usage);
            return 2;
        }
        catch (TabMdpFormatException e)
        {
            Console.Error.WriteLine($"error: not a valid TABMDP01 workload: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutOfMemoryException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
