using System.Collections.Generic;

namespace MdpDsl.Benchmarks.Models;

/// <summary>
/// The GridWorld sample's model: 5 × 5 cells, a step costs 1, the pit 10, and a move slips sideways with
/// probability 0.2. Small, so that a learner step measures the learner, not the memory.
/// </summary>
[Mdp(Discount = 0.95)]
public partial class SlipperyGrid
{
    private const int Size = 5;

    /// <summary>A cell of the grid.</summary>
    [State] public readonly record struct Cell([Range(0, Size - 1)] int X, [Range(0, Size - 1)] int Y);

    /// <summary>The four moves, in <see cref="GridMoves"/> order.</summary>
    [Action] public enum Move { Up, Down, Left, Right }

    /// <summary>The bottom-left corner.</summary>
    [Initial] public static Cell Start => new(0, 0);

    /// <summary>The goal in the top-right corner and the pit next to the middle end the episode.</summary>
    [Terminal] public static bool IsOver(Cell s) => s is { X: Size - 1, Y: Size - 1 } or { X: 3, Y: 2 };

    /// <summary>A step costs 1; falling into the pit 10.</summary>
    [Reward] public static double Cost(Cell s, Move a, Cell next) => next is { X: 3, Y: 2 } ? -10 : -1;

    /// <summary>The intended move with probability 0.8, each perpendicular one with 0.1.</summary>
    [Transition]
    public static IEnumerable<(Cell, double)> Step(Cell s, Move a)
    {
        yield return (Go(s, a), 0.8);
        var (left, right) = a is Move.Up or Move.Down ? (Move.Left, Move.Right) : (Move.Up, Move.Down);
        yield return (Go(s, left), 0.1);
        yield return (Go(s, right), 0.1);
    }

    private static Cell Go(Cell s, Move a)
    {
        var x = s.X + a switch { Move.Left => -1, Move.Right => 1, _ => 0 };
        var y = s.Y + a switch { Move.Down => -1, Move.Up => 1, _ => 0 };
        return x is >= 0 and < Size && y is >= 0 and < Size ? new Cell(x, y) : s;
    }
}
