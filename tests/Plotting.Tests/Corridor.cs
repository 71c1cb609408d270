namespace MdpDsl.Plotting.Tests;

/// <summary>
/// Four cells in a row, the goal at the right end; a step costs 1 and γ = 1/2, so the cell d steps from the goal has
/// V* = −(1 − 2^−d) / (1 − 1/2): −1, −1.5 and −1.75, exact in binary and so exact in print.
/// </summary>
[Mdp(Discount = 0.5)]
public partial class Corridor
{
    [State] public readonly record struct Cell([Range(0, 3)] int X, [Range(0, 0)] int Y);

    [Action] public enum Move { Left, Right }

    public static Cell Goal => new(3, 0);

    [Initial] public static Cell Start => new(0, 0);

    [Terminal] public static bool IsGoal(Cell s) => s == Goal;

    [Reward] public static double Cost(Cell s, Move a, Cell next) => -1;

    [Transition]
    public static Cell Step(Cell s, Move a) => new(Math.Clamp(s.X + (a == Move.Right ? 1 : -1), 0, 3), 0);
}
