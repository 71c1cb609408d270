using System;

namespace MdpDsl.Storage;

/// <summary>
/// Recognizes the fixed-width layout: a table in which every (state, action) pair owns exactly K successors, so that
/// pair <c>p</c>'s entries are <c>p · K .. p · K + K</c> and a kernel can find them without reading row starts.
/// </summary>
/// <remarks>
/// Terminal states and disallowed actions own empty rows, so a table with either is never uniform: the fixed-width
/// kernels may take every pair as allowed and every state as non-terminal. Flat benchmark files and many generated
/// models (every move has the same outcomes) have this layout.
/// </remarks>
internal static class UniformRows
{
    /// <summary>K when every pair of a stochastic table owns K ≥ 1 entries, is allowed and no state is terminal; otherwise 0.</summary>
    public static int WidthOf(int[]? rowStart, bool[] allowed, bool[] terminal)
    {
        if (rowStart is null || rowStart.Length < 2 || allowed.AsSpan().Contains(false) || terminal.AsSpan().Contains(true))
            return 0;
        var width = rowStart[1] - rowStart[0];
        if (width < 1 || rowStart[0] != 0)
            return 0;
        for (var pair = 1; pair < rowStart.Length; pair++)
        {
            if (rowStart[pair] != (long)pair * width)
                return 0;
        }
        return width;
    }
}
