using System;
using System.Globalization;

namespace MdpDsl.Storage;

/// <summary>
/// Estimates of what a computation will allocate, checked before it starts, so that a size that cannot fit fails at
/// once with the sizes named instead of running until an <see cref="OutOfMemoryException"/>.
/// </summary>
internal static class AllocationLimit
{
    /// <summary>The memory this process may use: the GC's limit (physical memory, or a container's limit).</summary>
    public static long AvailableBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Whether <paramref name="count"/> elements fit in one .NET array.</summary>
    public static bool FitsInArray(double count) => count <= Array.MaxLength;

    /// <summary>
    /// Null when <paramref name="bytes"/> fits in <see cref="AvailableBytes"/>; otherwise a sentence saying that
    /// <paramref name="what"/> needs that much and how much there is.
    /// </summary>
    public static string? Exceeded(string what, double bytes)
    {
        var available = AvailableBytes;
        return bytes <= available ? null : $"{what} needs about {Bytes(bytes)}, more than the {Bytes(available)} this process can allocate";
    }

    /// <summary>
    /// Null when <paramref name="steps"/> + 1 per-step arrays of <paramref name="bytesPerStep"/> bytes in all can be
    /// allocated; otherwise a sentence saying why not.
    /// </summary>
    public static string? ExceededBySteps(string what, int steps, double bytesPerStep) =>
        FitsInArray(steps + 1.0)
            ? Exceeded(what, (steps + 1.0) * bytesPerStep)
            : $"{what} needs more steps than an array can hold ({Count(Array.MaxLength)})";

    /// <summary>A count with thousands separators, invariant culture.</summary>
    public static string Count(double count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A byte count in the largest binary unit that keeps it at least 1.</summary>
    public static string Bytes(double bytes)
    {
        string[] units = { "bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
        var unit = 0;
        while (bytes >= 1024 && unit < units.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }
        return unit == 0 ? $"{Count(bytes)} bytes" : $"{bytes.ToString("0.#", CultureInfo.InvariantCulture)} {units[unit]}";
    }
}
