using System;

namespace MdpDsl.Learning;

/// <summary>
/// The random source of a seed. <c>new Random(seed)</c> alone spreads its seed poorly: runs seeded 0, 1, 2, …
/// draw nearly the same numbers at some positions (over 200 consecutive seeds, the mean of one draw can sit 20
/// standard errors from ½), which shows as spikes when learning curves are averaged over seeds. The seed is
/// therefore scrambled first, by the SplitMix64 finalizer.
/// </summary>
internal static class Seeding
{
    public static Random Random(int seed)
    {
        var z = unchecked((ulong)seed + 0x9E3779B97F4A7C15);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EB);
        return new Random(unchecked((int)(z ^ (z >> 31))));
    }
}
