using System;

namespace MdpDsl.Benchmarks.Workload;

/// <summary>
/// Where each array of a TABMDP01 file lies, derived from the header's sizes (WORKLOAD.md): a 48-byte header,
/// int32 successors, 4 zero bytes of padding when their count is odd, float64 probabilities, float64 rewards.
/// </summary>
public readonly record struct TabMdpLayout
{
    /// <summary>The 8 ASCII bytes every file starts with.</summary>
    public static ReadOnlySpan<byte> Magic => "TABMDP01"u8;

    /// <summary>The bytes before the successor array: magic, S, A, K, γ, seed.</summary>
    public const int HeaderSize = 48;

    private TabMdpLayout(long pairs, long entries)
    {
        Pairs = pairs;
        Entries = entries;
    }

    /// <summary>S · A, the number of (state, action) pairs and of rewards.</summary>
    public long Pairs { get; }

    /// <summary>S · A · K, the number of successors and of probabilities.</summary>
    public long Entries { get; }

    /// <summary>Zero bytes after the successors that keep the float64 arrays 8-byte aligned.</summary>
    public int Padding => (int)(Entries & 1) * 4;

    /// <summary>The offset of the probability array.</summary>
    public long ProbabilitiesOffset => HeaderSize + 4 * Entries + Padding;

    /// <summary>The offset of the reward array.</summary>
    public long RewardsOffset => ProbabilitiesOffset + 8 * Entries;

    /// <summary>The exact length of a file with these sizes; nothing may follow the rewards.</summary>
    public long FileLength => RewardsOffset + 8 * Pairs;

    /// <summary>
    /// The layout for S states, A actions and K successors per pair. The sizes must be positive and small enough for
    /// the runtime's int32 indices and for .NET arrays; checking each bound in turn also keeps every product
    /// below 2^62, so nothing here can overflow.
    /// </summary>
    /// <exception cref="ArgumentException">A size is not positive or the table would not fit, naming which.</exception>
    public static TabMdpLayout Create(long states, long actions, long successors)
    {
        CheckSize("S (states)", states);
        CheckSize("A (actions)", actions);
        CheckSize("K (successors per pair)", successors);
        var pairs = states * actions;
        if (pairs > Array.MaxLength)
            throw new ArgumentException($"S · A = {states} · {actions} = {pairs} pairs exceeds the largest .NET array ({Array.MaxLength}).");
        var entries = pairs * successors;
        if (entries > Array.MaxLength)
            throw new ArgumentException($"S · A · K = {pairs} · {successors} = {entries} entries exceeds the largest .NET array ({Array.MaxLength}).");
        return new TabMdpLayout(pairs, entries);
    }

    private static void CheckSize(string name, long value)
    {
        if (value < 1)
            throw new ArgumentException($"{name} = {value}; it must be at least 1.");
        if (value > int.MaxValue)
            throw new ArgumentException($"{name} = {value} does not fit the runtime's int32 indices (at most {int.MaxValue}).");
    }
}
