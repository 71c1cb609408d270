using MdpDsl;

namespace Samples.CliffWalking;

/// <summary>
/// Sutton &amp; Barto's cliff walking (Example 6.6): a 12 × 4 grid, start in the bottom-left corner, goal in the
/// bottom-right, and the cells between them along the bottom edge are a cliff. Every step costs 1; stepping into
/// the cliff costs 100 and sends the walker back to the start. Moves are deterministic, walls hold the walker
/// back, and there is no discount.
/// </summary>
[Mdp(Discount = 1.0)]
public partial class Cliff
{
    public const int Width = 12, Height = 4;

    [State] public readonly record struct Cell([Range(0, Width - 1)] int X, [Range(0, Height - 1)] int Y);

    [Action] public enum Move { Up, Down, Left, Right }

    [Initial] public static Cell Start => new(0, 0);

    public static Cell Goal => new(Width - 1, 0);

    public static bool IsCliff(Cell cell) => cell.Y == 0 && cell.X > 0 && cell.X < Width - 1;

    [Terminal] public static bool IsGoal(Cell cell) => cell == Goal;

    [Reward] public static double Cost(Cell cell, Move move) => IsCliff(Go(cell, move)) ? -100 : -1;

    [Transition] public static Cell Step(Cell cell, Move move) => IsCliff(Go(cell, move)) ? Start : Go(cell, move);

    /// <summary>One step in direction <paramref name="move"/>; walking into a wall stays put.</summary>
    private static Cell Go(Cell cell, Move move)
    {
        var (x, y) = move switch
        {
            Move.Up => (cell.X, cell.Y + 1),
            Move.Down => (cell.X, cell.Y - 1),
            Move.Left => (cell.X - 1, cell.Y),
            _ => (cell.X + 1, cell.Y),
        };
        return x is >= 0 and < Width && y is >= 0 and < Height ? new Cell(x, y) : cell;
    }
}
