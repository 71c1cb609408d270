using System;
using System.IO;
using System.Runtime.InteropServices;

namespace MdpDsl.Benchmarks.Workload;

/// <summary>
/// Moves whole arrays of primitives between a stream and memory as raw bytes, so that a 416 MB file loads at disk
/// speed with no per-element parsing. TABMDP01 is little-endian, so this is only correct on a little-endian host.
/// </summary>
internal static class RawArrayIO
{
    // A span of bytes is limited to int.MaxValue, so large arrays move in chunks of this many bytes.
    private const int ChunkBytes = 1 << 30;

    public static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("TABMDP01 files are little-endian and are mapped straight into memory; this host is big-endian.");
    }

    /// <summary>Fills <paramref name="array"/> from <paramref name="stream"/>; throws <see cref="EndOfStreamException"/> if the stream ends first.</summary>
    public static void ReadExactly<T>(Stream stream, T[] array)
        where T : unmanaged
    {
        var chunk = ChunkBytes / Size<T>();
        for (var start = 0; start < array.Length; start += chunk)
            stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan(start, Math.Min(chunk, array.Length - start))));
    }

    public static void Write<T>(Stream stream, T[] array)
        where T : unmanaged
    {
        var chunk = ChunkBytes / Size<T>();
        for (var start = 0; start < array.Length; start += chunk)
            stream.Write(MemoryMarshal.AsBytes<T>(array.AsSpan(start, Math.Min(chunk, array.Length - start))));
    }

    private static int Size<T>()
        where T : unmanaged => System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
}
