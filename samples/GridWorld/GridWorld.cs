using System;
using System.Collections.Generic;
using MdpDsl;

namespace Samples.GridWorld;

/// <summary>
/// A 5 × 5 grid: the agent starts in the bottom-left corner and pays 1 per step until it reaches the goal in the
/// top-right corner. Moves slip: with probability <see cref="Slip"/> the agent moves in one of the two perpendicular
/// directions instead. A pit just right of the centre costs 10 and ends the episode.
/// </summary>
[Mdp(Discount = 0.95)]
public partial class GridWorld
{
    public const int Size = 5;

    /// <summary>The probability that a move goes in one of the two perpendicular directions instead.</summary>
    public double Slip { get; init; } = 0.2;

    [State] public readonly record struct Cell([Range(0, Size - 1)] int X, [Range(0, Size - 1)] int Y);

    [Action] public enum Move { Up, Down, Left, Right }

    public static Cell Goal => new(Size - 1, Size - 1);

    // Off the start–goal diagonal: a pit on it would make the grid mirror-symmetric, Up and Right would tie
    // exactly in many cells, and rounding would pick the greedy arrow there.
    public static Cell Pit => new(3, 2);

    [Initial] public static Cell Start => new(0, 0);

    [Terminal] public static bool IsOver(Cell s) => s == Goal || s == Pit;

    [Reward] public static double Cost(Cell s, Move a, Cell next) => next == Pit ? -10 : -1;

    [Transition]
    public IEnumerable<(Cell Next, double Probability)> Step(Cell s, Move a)
    {
        yield return (Go(s, a), 1 - Slip);
        foreach (var side in Perpendicular(a))
            yield return (Go(s, side), Slip / 2);
    }

    /// <summary>How <paramref name="a"/> changes (X, Y) when it does not slip; Up increases Y.</summary>
    public static (int Dx, int Dy) Offset(Move a) => a switch
    {
        Move.Up => (0, 1),
        Move.Down => (0, -1),
        Move.Left => (-1, 0),
        Move.Right => (1, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(a), a, null),
    };

    private static IEnumerable<Move> Perpendicular(Move a) =>
        a is Move.Up or Move.Down ? new[] { Move.Left, Move.Right } : new[] { Move.Up, Move.Down };

    /// <summary>One step in direction <paramref name="a"/>; walking into the edge stays put.</summary>
    private static Cell Go(Cell s, Move a)
    {
        var (dx, dy) = Offset(a);
        var (x, y) = (s.X + dx, s.Y + dy);
        return x is >= 0 and < Size && y is >= 0 and < Size ? new Cell(x, y) : s;
    }
}
