namespace MdpDsl.Benchmarks.Models;

/// <summary>
/// The dynamics the grid models share, on plain coordinates, so that <see cref="DeterministicGrid"/>,
/// <see cref="StochasticGrid"/> and <see cref="SinkGrid"/> differ only in how they declare their transition.
/// </summary>
internal static class GridMoves
{
    /// <summary>The side of every grid: 1,000 × 1,000 = 1,000,000 states, the size of the medium workload.</summary>
    public const int Size = 1000;

    /// <summary>One step in direction 0 = up, 1 = down, 2 = left, 3 = right; walking into the edge stays put.</summary>
    public static (int X, int Y) Go(int x, int y, int direction)
    {
        var (nx, ny) = direction switch
        {
            0 => (x, y + 1),
            1 => (x, y - 1),
            2 => (x - 1, y),
            _ => (x + 1, y),
        };
        return nx is >= 0 and < Size && ny is >= 0 and < Size ? (nx, ny) : (x, y);
    }

    /// <summary>The goal, in the corner opposite the start: terminal, so every other cell pays until it gets there.</summary>
    public static bool IsGoal(int x, int y) => x == Size - 1 && y == Size - 1;
}
