namespace MdpDsl.Benchmarks.Models;

/// <summary>
/// A <see cref="GridMoves.Size"/>² grid with deterministic moves, declared as <c>Cell T(Cell, Move)</c>: the
/// generator compiles it to deterministic storage (one successor per pair, no row starts, no probabilities).
/// </summary>
[Mdp(Discount = 0.99)]
public partial class DeterministicGrid
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

    /// <summary>The one cell a move leads to.</summary>
    [Transition]
    public static Cell Step(Cell s, Move a)
    {
        var (x, y) = GridMoves.Go(s.X, s.Y, (int)a);
        return new Cell(x, y);
    }
}
