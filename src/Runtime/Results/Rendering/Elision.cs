using System.Collections.Generic;

namespace MdpDsl.Rendering;

/// <summary>Which of many rows (or grid columns) a rendering shows: the first and the last, with one gap between.</summary>
internal static class Elision
{
    /// <summary>A marker in <see cref="Shown"/> for the place of the rows left out.</summary>
    public const int Gap = -1;

    /// <summary>
    /// The indices 0..<paramref name="count"/>−1 when there are at most <paramref name="max"/>; otherwise the first
    /// ⌈max/2⌉ and the last ⌊max/2⌋ with <see cref="Gap"/> between, since the head and the tail of a table are where
    /// a reader looks first (the start states and the terminal ones, in most models' index order).
    /// </summary>
    public static IReadOnlyList<int> Shown(int count, int max)
    {
        var shown = new List<int>(System.Math.Min(count, max) + 1);
        if (count <= max)
        {
            for (var i = 0; i < count; i++)
                shown.Add(i);
            return shown;
        }
        var head = (max + 1) / 2;
        for (var i = 0; i < head; i++)
            shown.Add(i);
        shown.Add(Gap);
        for (var i = count - (max - head); i < count; i++)
            shown.Add(i);
        return shown;
    }
}
