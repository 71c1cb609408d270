using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Dsl;

/// <summary>
/// Russell &amp; Norvig, AIMA (3rd ed.), §17.1: the 4 × 3 world with a wall at (2, 2) and terminals +1 at (4, 3) and
/// −1 at (4, 2); r = −0.04 per step, undiscounted; a move goes the intended way with probability 0.8 and at right
/// angles with 0.1 each, and a move into the wall or the edge leaves the agent where it is.
/// </summary>
/// <remarks>
/// AIMA puts the payoff in the terminal state's utility, U(s) = R(s) + max_a Σ P(s') U(s') with U = ±1 at the
/// terminals. Here a terminal state has value 0 (DESIGN §2), so the payoff is a reward for entering it:
/// r(s, a, s') = −0.04 + [s' = (4, 3)] − [s' = (4, 2)]. Then V(s) = −0.04 + max_a Σ P(s') (bonus(s') + V(s')), and
/// bonus(s') + V(s') is ±1 at a terminal and V(s') elsewhere: the same equation as AIMA's, so the same solution.
/// </remarks>
[Mdp(Discount = 1.0)]
public partial class RussellNorvigWorld
{
    [State]
    public readonly record struct Square([Range(1, 4)] int X, [Range(1, 3)] int Y);

    [Action]
    public enum Heading { Up, Down, Left, Right }

    public static readonly Square Goal = new(4, 3);
    public static readonly Square Pit = new(4, 2);
    public static readonly Square Wall = new(2, 2);

    // The wall is a value of the state type but no place the agent can be; as a terminal state it is inert
    // (value 0, never entered), which keeps it out of the way without an [Allowed] rule.
    [Terminal]
    public static bool Ends(Square s) => s == Goal || s == Pit || s == Wall;

    [Reward]
    public static double Reward(Square s, Heading h, Square next) => -0.04 + (next == Goal ? 1 : 0) - (next == Pit ? 1 : 0);

    [Transition]
    public static IEnumerable<(Square, double)> Move(Square s, Heading h)
    {
        yield return (Go(s, h), 0.8);
        var (left, right) = h is Heading.Up or Heading.Down ? (Heading.Left, Heading.Right) : (Heading.Up, Heading.Down);
        yield return (Go(s, left), 0.1);
        yield return (Go(s, right), 0.1);
    }

    private static Square Go(Square s, Heading h)
    {
        var next = h switch
        {
            Heading.Up => s with { Y = s.Y + 1 },
            Heading.Down => s with { Y = s.Y - 1 },
            Heading.Left => s with { X = s.X - 1 },
            _ => s with { X = s.X + 1 },
        };
        return next.X is < 1 or > 4 || next.Y is < 1 or > 3 || next == Wall ? s : next;
    }
}

public class RussellNorvigWorldTests
{
    private static readonly Solution<RussellNorvigWorld.Square, RussellNorvigWorld.Heading> Optimal =
        RussellNorvigWorld.Compile().ValueIteration(1e-10);

    // Figure 17.3, printed to 3 decimals: a correct solver is within half a unit of the last digit.
    [Theory]
    [InlineData(1, 1, 0.705)]
    [InlineData(1, 2, 0.762)]
    [InlineData(1, 3, 0.812)]
    [InlineData(2, 1, 0.655)]
    [InlineData(2, 3, 0.868)]
    [InlineData(3, 1, 0.611)]
    [InlineData(3, 2, 0.660)]
    [InlineData(3, 3, 0.918)]
    [InlineData(4, 1, 0.388)]
    public void Value_iteration_gives_the_utilities_of_figure_17_3(int x, int y, double utility)
    {
        Assert.True(Optimal.Converged);
        Approx.Equal(utility, Optimal.V[new(x, y)], 0.0005, $"U({x}, {y})");
    }

    // Figure 17.2(a), the optimal policy for r = −0.04 (note the "long way round" from (3, 1) and (4, 1)).
    [Theory]
    [InlineData(1, 1, RussellNorvigWorld.Heading.Up)]
    [InlineData(1, 2, RussellNorvigWorld.Heading.Up)]
    [InlineData(1, 3, RussellNorvigWorld.Heading.Right)]
    [InlineData(2, 1, RussellNorvigWorld.Heading.Left)]
    [InlineData(2, 3, RussellNorvigWorld.Heading.Right)]
    [InlineData(3, 1, RussellNorvigWorld.Heading.Left)]
    [InlineData(3, 2, RussellNorvigWorld.Heading.Up)]
    [InlineData(3, 3, RussellNorvigWorld.Heading.Right)]
    [InlineData(4, 1, RussellNorvigWorld.Heading.Left)]
    public void The_optimal_policy_is_that_of_figure_17_2a(int x, int y, RussellNorvigWorld.Heading heading) =>
        Assert.Equal(heading, Optimal.Policy.Act(new(x, y)));

    [Fact]
    public void The_terminal_cells_are_worth_nothing_more_once_entered()
    {
        Assert.Equal(0, Optimal.V[RussellNorvigWorld.Goal]);
        Assert.Equal(0, Optimal.V[RussellNorvigWorld.Pit]);
        Assert.Throws<InvalidOperationException>(() => Optimal.Policy.Act(RussellNorvigWorld.Goal));
    }
}
