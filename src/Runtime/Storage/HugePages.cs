using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MdpDsl.Storage;

/// <summary>
/// Asks Linux to back large arrays by 2 MiB transparent huge pages, best effort: elsewhere, on kernels without
/// the calls, or with huge pages switched off, nothing happens and nothing fails.
/// </summary>
/// <remarks>
/// A Jacobi sweep streams the table and gathers V at random, and on 4 KiB pages the address translation costs more
/// than the arithmetic: the C reference (`limit bellman`, which advises huge pages for its arrays) took 50–53 ms of
/// CPU per one-core medium sweep with huge pages and 128–130 ms without. The managed heap does not ask for them, so
/// the table's arrays ask when the table is built, and the sweeps ask for the value arrays they are given. Only the
/// whole 2 MiB pages inside an array are advised, so no other object's memory is touched; large arrays live on the
/// large-object heap, which the collector does not move unless told to compact it.
/// </remarks>
internal static class HugePages
{
    private const int HugePageSize = 1 << 21;

    /// <summary>Arrays below this size would gain at most a page or two.</summary>
    public const int MinimumBytes = 2 * HugePageSize;

    // madvise(2) advice values.
    private const int AdviseHugePages = 14; // MADV_HUGEPAGE: later page faults in the range get huge pages
    private const int CollapseNow = 25;     // MADV_COLLAPSE (Linux 6.1): the pages already there are merged now

    private static readonly ConditionalWeakTable<Array, object> s_requested = new();
    private static readonly object s_advised = new();
    private static volatile bool s_unavailable;

    /// <summary>Requests huge pages for <paramref name="array"/> if it spans at least <see cref="MinimumBytes"/>.</summary>
    public static void Request<T>(T[]? array)
        where T : unmanaged
    {
        if (array is null || s_unavailable || !OperatingSystem.IsLinux() || (long)array.Length * Unsafe.SizeOf<T>() < MinimumBytes)
            return;
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            var first = handle.AddrOfPinnedObject();
            var start = (first + HugePageSize - 1) & ~(nint)(HugePageSize - 1);
            var end = (first + (nint)((long)array.Length * Unsafe.SizeOf<T>())) & ~(nint)(HugePageSize - 1);
            if (end <= start)
                return;
            // Either call may fail (huge pages off, an older kernel, pages not yet touched): the array works as before.
            _ = Madvise(start, (nuint)(end - start), AdviseHugePages);
            _ = Madvise(start, (nuint)(end - start), CollapseNow);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>
    /// <see cref="Request"/> once per array: for the value arrays that every sweep is handed, so that a solver's two
    /// arrays are advised on its first sweep and looked up, not advised again, on the others.
    /// </summary>
    public static void RequestOnce(double[] array)
    {
        if ((long)array.Length * sizeof(double) < MinimumBytes || s_unavailable || !OperatingSystem.IsLinux())
            return;
        if (s_requested.TryAdd(array, s_advised))
            Request(array);
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
