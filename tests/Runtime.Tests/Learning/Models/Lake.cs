namespace MdpDsl.Runtime.Tests.Learning.Models;

/// <summary>
/// A slippery 3 × 3 lake: a move goes its way with probability 0.8 and slips to either side with 0.1 each (walls
/// hold the walker back). The top-right cell is the goal; the hole just below it ends the episode with
/// <see cref="Penalty"/> instead of the usual −1, a reward r(s, a, s′) that depends on the successor. Episodes
/// start in any non-terminal cell with equal probability, so that every state keeps being visited.
/// </summary>
[Mdp(Discount = 0.9)]
public partial class Lake
{
    /// <summary>The reward for falling into the hole.</summary>
    public double Penalty { get; init; } = -10;

    [State]
    public readonly record struct Cell([Range(0, 2)] int X, [Range(0, 2)] int Y);

    [Action]
    public enum Move { Up, Down, Left, Right }

    public static Cell Goal => new(2, 2);

    public static Cell Hole => new(2, 1);

    [Initial]
    public static IEnumerable<(Cell, double)> Starts()
    {
        var starts = States.Where(s => !IsOver(s)).ToArray();
        return starts.Select(s => (s, 1.0 / starts.Length));
    }

    [Terminal]
    public static bool IsOver(Cell s) => s == Goal || s == Hole;

    [Reward]
    public double Cost(Cell s, Move a, Cell next) => next == Hole ? Penalty : -1;

    [Transition]
    public static IEnumerable<(Cell, double)> Step(Cell s, Move a)
    {
        yield return (Go(s, a), 0.8);
        foreach (var side in a is Move.Up or Move.Down ? new[] { Move.Left, Move.Right } : new[] { Move.Up, Move.Down })
            yield return (Go(s, side), 0.1);
    }

    private static Cell Go(Cell s, Move a)
    {
        var (x, y) = a switch
        {
            Move.Up => (s.X, s.Y + 1),
            Move.Down => (s.X, s.Y - 1),
            Move.Left => (s.X - 1, s.Y),
            _ => (s.X + 1, s.Y),
        };
        return x is >= 0 and <= 2 && y is >= 0 and <= 2 ? new Cell(x, y) : s;
    }
}
