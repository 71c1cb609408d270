namespace MdpDsl.Plotting.Tests;

/// <summary>Three spots on a line: a state of one integer, which a heat map cannot place on a grid by itself.</summary>
[Mdp(Discount = 0.5)]
public partial class Line
{
    [State] public readonly record struct Spot([Range(0, 2)] int X);

    [Action] public enum Move { Back, On }

    [Terminal] public static bool AtEnd(Spot s) => s.X == 2;

    [Reward] public static double Cost(Spot s, Move a) => -1;

    [Transition]
    public static Spot Step(Spot s, Move a) => new(Math.Clamp(s.X + (a == Move.On ? 1 : -1), 0, 2));
}
