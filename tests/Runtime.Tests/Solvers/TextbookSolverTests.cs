using MdpDsl.Runtime.Tests.Dsl;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>The new solvers on the textbook oracles of the DSL tests: Sutton &amp; Barto's 4 × 4 grid and Russell &amp; Norvig's 4 × 3 world.</summary>
public class TextbookSolverTests
{
    public static TheoryData<string> Solvers => new() { "PolicyIteration", "ModifiedPolicyIteration", "GaussSeidelValueIteration", "IntervalValueIteration" };

    public static TheoryData<string> SolversForPositiveRewards => new() { "PolicyIteration", "ModifiedPolicyIteration", "GaussSeidelValueIteration" };

    [Theory]
    [MemberData(nameof(Solvers))]
    public void Every_solver_finds_minus_the_distance_to_the_nearest_corner(string solver)
    {
        // Sutton & Barto, Example 4.1: with −1 per step and no discount, V*(s) is minus the number of steps to the nearer corner.
        var solution = SolverAgreementTests.Solve(solver, SuttonBartoGrid.Compile(), 1e-10);
        Assert.True(solution.Converged);
        foreach (var cell in SuttonBartoGrid.States)
            Approx.Equal(-Math.Min(cell.Row + cell.Column, 6 - cell.Row - cell.Column), solution.V[cell], 1e-9, $"{solver} V*{cell}");
    }

    [Theory]
    [MemberData(nameof(SolversForPositiveRewards))]
    public void Every_solver_gives_the_utilities_of_figure_17_3(string solver)
    {
        // Russell & Norvig, figure 17.3, printed to 3 decimals.
        var expected = new Dictionary<(int, int), double>
        {
            [(1, 1)] = 0.705, [(1, 2)] = 0.762, [(1, 3)] = 0.812, [(2, 1)] = 0.655, [(2, 3)] = 0.868,
            [(3, 1)] = 0.611, [(3, 2)] = 0.660, [(3, 3)] = 0.918, [(4, 1)] = 0.388,
        };
        var solution = SolverAgreementTests.Solve(solver, RussellNorvigWorld.Compile(), 1e-10);
        Assert.True(solution.Converged);
        foreach (var ((x, y), utility) in expected)
            Approx.Equal(utility, solution.V[new(x, y)], 0.0005, $"{solver} U({x}, {y})");
    }

    [Fact]
    public void Policy_iteration_finds_the_policy_of_figure_17_2a()
    {
        // Including the "long way round" from (3, 1) and (4, 1), which a near-tie could get wrong.
        var policy = RussellNorvigWorld.Compile().PolicyIteration().Policy;
        var expected = new Dictionary<(int, int), RussellNorvigWorld.Heading>
        {
            [(1, 1)] = RussellNorvigWorld.Heading.Up, [(1, 2)] = RussellNorvigWorld.Heading.Up, [(1, 3)] = RussellNorvigWorld.Heading.Right,
            [(2, 1)] = RussellNorvigWorld.Heading.Left, [(2, 3)] = RussellNorvigWorld.Heading.Right, [(3, 1)] = RussellNorvigWorld.Heading.Left,
            [(3, 2)] = RussellNorvigWorld.Heading.Up, [(3, 3)] = RussellNorvigWorld.Heading.Right, [(4, 1)] = RussellNorvigWorld.Heading.Left,
        };
        foreach (var ((x, y), heading) in expected)
            Assert.Equal(heading, policy.Act(new(x, y)));
    }

    [Fact]
    public void Interval_iteration_refuses_the_4x3_worlds_positive_rewards_naming_state_action_and_reward()
    {
        // Entering the goal pays +1, so r((3, 3), Right) = −0.04 + 0.8 > 0 and 0 is no upper bound without discounting.
        var exception = Assert.Throws<ArgumentException>(() => RussellNorvigWorld.Compile().IntervalValueIteration());
        Assert.Contains("state Square { X = ", exception.Message);
        Assert.Matches(@"action \w+ has the expected reward 0\.\d+", exception.Message);
        Assert.Contains("interval value iteration needs rewards that are costs (r ≤ 0)", exception.Message);
        Assert.EndsWith("Use a discount below 1, or express the task as costs until the end. (Parameter 'model')", exception.Message);
    }
}
