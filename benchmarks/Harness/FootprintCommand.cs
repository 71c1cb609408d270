using System;
using MdpDsl.Benchmarks.Workload;

namespace MdpDsl.Benchmarks.Harness;

/// <summary>
/// <c>footprint --file F</c>: the managed memory a table built from F occupies, measured as the growth of the GC
/// heap across reading the file and building the table, next to the payload <see cref="FootprintModel"/> predicts.
/// </summary>
internal static class FootprintCommand
{
    public static int Run(Options options)
    {
        var path = options.String("file");
        options.EnsureAllUsed();

        var (totalBefore, heapBefore) = Measure();
        var mdp = TabMdpReader.Read(path);
        var table = ModelLoader.Load(mdp, path).Table;
        var (totalAfter, heapAfter) = Measure();
        GC.KeepAlive(table);

        var pairs = (long)mdp.StateCount * mdp.ActionCount;
        var entries = pairs * mdp.SuccessorCount;
        Console.WriteLine(new JsonLine()
            .Add("states", mdp.StateCount)
            .Add("actions", mdp.ActionCount)
            .Add("k", mdp.SuccessorCount)
            .Add("entries", entries)
            .Add("bytes_per_state", FootprintModel.PerState)
            .Add("bytes_per_pair", FootprintModel.PerPair)
            .Add("bytes_per_entry", FootprintModel.PerEntry)
            .Add("predicted_bytes", FootprintModel.Stochastic(mdp.StateCount, pairs, entries))
            .Add("measured_total_memory_bytes", totalAfter - totalBefore)
            .Add("measured_heap_size_bytes", heapAfter - heapBefore));
        return 0;
    }

    // GetTotalMemory(true) collects fully until the heap is stable; the memory info then describes that collection.
    private static (long TotalMemory, long HeapSize) Measure()
    {
        var total = GC.GetTotalMemory(forceFullCollection: true);
        return (total, GC.GetGCMemoryInfo().HeapSizeBytes);
    }
}
