using System;
using System.Diagnostics;
using System.IO;
using MdpDsl.Benchmarks.Workload;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>
/// <c>generate --states N --actions A --successors K --seed S --out F</c>: writes a TABMDP01 file drawn by
/// <see cref="SyntheticMdp"/> (the same shape as gen_mdp.py's, not the same bytes).
/// </summary>
internal static class GenerateCommand
{
    public static int Run(Options options)
    {
        var states = (int)options.Integer("states", 1, int.MaxValue);
        var actions = (int)options.Integer("actions", 1, int.MaxValue);
        var successors = (int)options.Integer("successors", 1, int.MaxValue);
        var seed = options.Integer("seed", long.MinValue, long.MaxValue);
        var path = options.String("out");
        options.EnsureAllUsed();

        var clock = Stopwatch.StartNew();
        SparseMdp mdp;
        try
        {
            mdp = SyntheticMdp.Generate(states, actions, successors, seed);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        TabMdpWriter.Write(path, mdp);
        Console.WriteLine(new JsonLine()
            .Add("out", path)
            .Add("bytes", new FileInfo(path).Length)
            .Add("states", states)
            .Add("actions", actions)
            .Add("k", successors)
            .Add("seed", seed)
            .Add("seconds", clock.Elapsed.TotalSeconds));
        return 0;
    }
}
