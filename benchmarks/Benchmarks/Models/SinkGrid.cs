namespace MdpDsl.Benchmarks.Models;

/// <summary>
/// The same dynamics as <see cref="StochasticGrid"/>, declared with the transition shape that adds its outcomes to
/// the compiler's buffer: general CSR storage like <see cref="StochasticGrid"/>, without an iterator per
/// (state, action), so comparing the two measures what the iterator costs.
/// </summary>
[Mdp(Discount = 0.99)]
public partial class SinkGrid
{
    /// <summary>A cell of the grid.</summary>
    [State] public readonly record struct Cell([Range(0, GridMoves.Size - 1)] int X, [Range(0, GridMoves.Size - 1)] int Y);

    /// <summary>The four moves.</summary>
    [Action] public enum Move { Up, Down, Left, Right }

    /// <summary>The bottom-left corner.</summary>
    [Initial] public static Cell Start => new(0, 0);

    /// <summary>The top-right corner ends the episode.</summary>
    [Terminal] public static bool IsGoal(Cell s) => GridMoves.IsGoal(s.X, s.Y);

    /// <summary>Every step costs 1.</summary>
    [Reward] public static double Cost(Cell s, Move a) => -1;

    /// <summary>The one cell a move leads to, added to the compiler's buffer with probability 1.</summary>
    [Transition]
    public static void Step(Cell s, Move a, Successors<Cell> next)
    {
        var (x, y) = GridMoves.Go(s.X, s.Y, (int)a);
        next.Add(new Cell(x, y), 1.0);
    }
}
