using System;
using System.Buffers.Binary;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using MdpDsl.Storage;

namespace MdpDsl.Interchange;

/// <summary>
/// SHA-256 fingerprints that tell models apart without listing them. Both are independent of the order in which
/// states and actions are indexed, since files name states and actions rather than number them.
/// </summary>
internal static class ModelFingerprint
{
    private const string Prefix = "sha256:";
    private static readonly byte[] Zero = [0];
    private static readonly byte[] One = [1];

    /// <summary>The set of states: their canonical texts, sorted.</summary>
    public static string StateSpace(string[] stateKeys)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var key in stateKeys.Order(StringComparer.Ordinal))
            AppendText(hash, key);
        return Finish(hash);
    }

    /// <summary>
    /// What the solvers read: for every state, whether it is terminal, and for every action whether it is allowed,
    /// its reward r(s, a) and its successors with their probabilities, all exactly (bit for bit).
    /// </summary>
    public static string Dynamics(TransitionTable table, string[] stateKeys, string[] actionNames)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var states = Enumerable.Range(0, table.StateCount).OrderBy(s => stateKeys[s], StringComparer.Ordinal).ToArray();
        var actions = Enumerable.Range(0, table.ActionCount).OrderBy(a => actionNames[a], StringComparer.Ordinal).ToArray();
        Span<byte> number = stackalloc byte[8];
        foreach (var s in states)
        {
            AppendText(hash, stateKeys[s]);
            hash.AppendData(table.IsTerminal(s) ? One : Zero);
            foreach (var a in actions)
            {
                AppendText(hash, actionNames[a]);
                var allowed = table.IsAllowed(s, a);
                hash.AppendData(allowed ? One : Zero);
                if (!allowed)
                    continue;
                BinaryPrimitives.WriteInt64LittleEndian(number, BitConverter.DoubleToInt64Bits(table.Reward(s, a)));
                hash.AppendData(number);
                var range = table.RowRange(s, a);
                var entries = Enumerable.Range(range.Start.Value, range.End.Value - range.Start.Value)
                    .OrderBy(k => stateKeys[table.Successors[k]], StringComparer.Ordinal);
                foreach (var k in entries)
                {
                    AppendText(hash, stateKeys[table.Successors[k]]);
                    BinaryPrimitives.WriteInt64LittleEndian(number, BitConverter.DoubleToInt64Bits(table.Probability(k)));
                    hash.AppendData(number);
                }
            }
        }
        return Finish(hash);
    }

    private static void AppendText(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData(Zero);
    }

    private static string Finish(IncrementalHash hash) => Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
}
