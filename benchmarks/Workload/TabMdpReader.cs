using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace MdpDsl.Benchmarks.Workload;

/// <summary>
/// Reads a TABMDP01 workload file (WORKLOAD.md). Everything the header claims is checked against the file's length
/// before any array is allocated, so a bad file fails fast with a message that says what is wrong, and a caller
/// never sees a partially read workload.
/// </summary>
public static class TabMdpReader
{
    /// <summary>Reads the whole file into a <see cref="SparseMdp"/>.</summary>
    /// <exception cref="TabMdpFormatException">Wrong magic, bad sizes, a length that disagrees with the header, nonzero padding, or a discount outside (0, 1].</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static SparseMdp Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        RawArrayIO.EnsureLittleEndian();
        // No FileStream buffer: the arrays are read in large blocks straight into their final place.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var length = file.Length;
        if (length < TabMdpLayout.HeaderSize)
            throw new TabMdpFormatException(path, $"truncated: the file has {length} bytes, fewer than the {TabMdpLayout.HeaderSize}-byte header.");

        Span<byte> header = stackalloc byte[TabMdpLayout.HeaderSize];
        file.ReadExactly(header);
        if (!header[..8].SequenceEqual(TabMdpLayout.Magic))
            throw new TabMdpFormatException(path, $"wrong magic: expected \"TABMDP01\", found \"{Printable(header[..8])}\"; this is not a TABMDP01 file.");
        var states = BinaryPrimitives.ReadInt64LittleEndian(header[8..]);
        var actions = BinaryPrimitives.ReadInt64LittleEndian(header[16..]);
        var successorCount = BinaryPrimitives.ReadInt64LittleEndian(header[24..]);
        var discount = BinaryPrimitives.ReadDoubleLittleEndian(header[32..]);
        var seed = BinaryPrimitives.ReadInt64LittleEndian(header[40..]);

        TabMdpLayout layout;
        try
        {
            layout = TabMdpLayout.Create(states, actions, successorCount);
        }
        catch (ArgumentException e)
        {
            throw new TabMdpFormatException(path, $"bad sizes in the header: {e.Message}", e);
        }
        if (length != layout.FileLength)
        {
            var how = length < layout.FileLength ? "truncated" : $"{length - layout.FileLength} unexpected bytes after the rewards";
            throw new TabMdpFormatException(path,
                $"size mismatch ({how}): the header says S = {states}, A = {actions}, K = {successorCount}, which needs {layout.FileLength} bytes, but the file has {length}.");
        }
        if (!(discount > 0 && discount <= 1))
            throw new TabMdpFormatException(path, $"the discount γ = {discount} in the header lies outside (0, 1].");

        // Uninitialized: every byte is overwritten by the read, and zeroing 400 MB first would double the cost.
        var successors = GC.AllocateUninitializedArray<int>((int)layout.Entries);
        var probabilities = GC.AllocateUninitializedArray<double>((int)layout.Entries);
        var rewards = GC.AllocateUninitializedArray<double>((int)layout.Pairs);
        try
        {
            RawArrayIO.ReadExactly(file, successors);
            if (layout.Padding > 0)
            {
                Span<byte> padding = stackalloc byte[layout.Padding];
                file.ReadExactly(padding);
                if (padding.ContainsAnyExcept((byte)0))
                    throw new TabMdpFormatException(path, $"the {layout.Padding} padding bytes after the successors are not zero.");
            }
            RawArrayIO.ReadExactly(file, probabilities);
            RawArrayIO.ReadExactly(file, rewards);
        }
        catch (EndOfStreamException e)
        {
            // The length was checked above, so only a file that shrank while being read gets here.
            throw new TabMdpFormatException(path, "the file ended while it was being read (was it being written?).", e);
        }
        return new SparseMdp((int)states, (int)actions, (int)successorCount, discount, seed, successors, probabilities, rewards);
    }

    private static string Printable(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
            text.Append(b is >= 0x20 and < 0x7F ? (char)b : $"\\x{b:X2}");
        return text.ToString();
    }
}
