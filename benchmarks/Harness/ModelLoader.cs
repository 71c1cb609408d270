using System;
using MdpDsl.Benchmarks.Workload;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>
/// Turns a workload read from a file into a model through the runtime's public way in for arrays
/// (<see cref="TabularMdp.FromTable"/> over the file's table), reporting invalid contents as a bad file.
/// </summary>
internal static class ModelLoader
{
    public static TabularMdp Load(SparseMdp mdp, string path)
    {
        try
        {
            return TabularMdp.FromTable(mdp.ToTable(), mdp.Discount);
        }
        catch (ArgumentException e)
        {
            // The runtime's validation names the pair and the value; the file is what the user has to fix.
            throw new TabMdpFormatException(path, $"the contents are not a valid MDP: {e.Message}", e);
        }
    }
}
