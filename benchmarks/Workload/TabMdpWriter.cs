using System;
using System.Buffers.Binary;
using System.IO;

namespace MdpDsl.Benchmarks.Workload;

/// <summary>Writes a <see cref="SparseMdp"/> as a TABMDP01 file (WORKLOAD.md).</summary>
public static class TabMdpWriter
{
    /// <summary>
    /// Writes <paramref name="mdp"/> to <paramref name="path"/>. The bytes go to a temporary file beside it that is
    /// renamed at the end, so a failed write never leaves a truncated workload under the final name.
    /// </summary>
    public static void Write(string path, SparseMdp mdp)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(mdp);
        RawArrayIO.EnsureLittleEndian();
        var layout = TabMdpLayout.Create(mdp.StateCount, mdp.ActionCount, mdp.SuccessorCount);
        // Checked here so that the error names the file asked for, not the temporary one.
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Cannot write {path}: the folder {folder} does not exist.");
        var temporary = path + ".partial";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                Span<byte> header = stackalloc byte[TabMdpLayout.HeaderSize];
                TabMdpLayout.Magic.CopyTo(header);
                BinaryPrimitives.WriteInt64LittleEndian(header[8..], mdp.StateCount);
                BinaryPrimitives.WriteInt64LittleEndian(header[16..], mdp.ActionCount);
                BinaryPrimitives.WriteInt64LittleEndian(header[24..], mdp.SuccessorCount);
                BinaryPrimitives.WriteDoubleLittleEndian(header[32..], mdp.Discount);
                BinaryPrimitives.WriteInt64LittleEndian(header[40..], mdp.Seed);
                file.Write(header);
                RawArrayIO.Write(file, mdp.Successors);
                if (layout.Padding > 0)
                    file.Write(new byte[layout.Padding]); // zeros
                RawArrayIO.Write(file, mdp.Probabilities);
                RawArrayIO.Write(file, mdp.Rewards);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
