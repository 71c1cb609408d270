using System;
using MdpDsl.Benchmarks.Workload;
using MdpDsl.Storage;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>Turns a workload read from a file into the runtime's table, reporting invalid contents as a bad file.</summary>
internal static class TableLoader
{
    public static TransitionTable Build(SparseMdp mdp, string path)
    {
        try
        {
            return mdp.ToTable();
        }
        catch (ArgumentException e)
        {
            // The runtime's validation names the pair and the value; the file is what the user has to fix.
            throw new TabMdpFormatException(path, $"the contents are not a valid MDP: {e.Message}", e);
        }
    }
}
