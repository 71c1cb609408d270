using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Dsl;

/// <summary>
/// Sutton &amp; Barto, Reinforcement Learning (2nd ed.), Example 4.1: a 4 × 4 grid whose top-left and bottom-right
/// corners are terminal, −1 per step, moves off the grid leave the state unchanged, undiscounted.
/// </summary>
[Mdp(Discount = 1.0)]
public partial class SuttonBartoGrid
{
    [State]
    public readonly record struct Cell([Range(0, 3)] int Row, [Range(0, 3)] int Column);

    [Action]
    public enum Move { Up, Down, Left, Right }

    [Terminal]
    public static bool IsCorner(Cell cell) => cell is { Row: 0, Column: 0 } or { Row: 3, Column: 3 };

    [Reward]
    public static double Step(Cell cell, Move move) => -1;

    [Transition]
    public static Cell Next(Cell cell, Move move) => move switch
    {
        Move.Up => cell with { Row = Math.Max(0, cell.Row - 1) },
        Move.Down => cell with { Row = Math.Min(3, cell.Row + 1) },
        Move.Left => cell with { Column = Math.Max(0, cell.Column - 1) },
        _ => cell with { Column = Math.Min(3, cell.Column + 1) },
    };
}

public class SuttonBartoGridWorldTests
{
    // Figure 4.1, k = ∞: the value of the equiprobable random policy. These are exact integers (the book's table
    // is not rounded), so only the rounding of a 14 × 14 elimination separates them from the solver: 1e-9.
    private static readonly double[,] RandomPolicyValues =
    {
        { 0, -14, -20, -22 },
        { -14, -18, -20, -20 },
        { -20, -20, -18, -14 },
        { -22, -20, -14, 0 },
    };

    private static readonly SuttonBartoGrid.Model Model = SuttonBartoGrid.Compile();

    [Fact]
    public void The_generated_indexing_covers_the_grid()
    {
        Assert.Equal(16, SuttonBartoGrid.StateCount);
        Assert.Equal(4, SuttonBartoGrid.ActionCount);
        Assert.Equal(16, SuttonBartoGrid.States.Distinct().Count());
        Assert.All(SuttonBartoGrid.States, s => Assert.Equal(s, SuttonBartoGrid.StateAt(SuttonBartoGrid.IndexOf(s))));
        Assert.False(SuttonBartoGrid.TryIndexOf(new SuttonBartoGrid.Cell(4, 0), out _));
        Assert.True(Model.Table.IsDeterministic);
    }

    [Fact]
    public void The_random_policy_has_the_values_of_figure_4_1()
    {
        var solution = Model.PolicyEvaluation(Model.UniformPolicy());
        for (var row = 0; row < 4; row++)
        {
            for (var column = 0; column < 4; column++)
                Approx.Equal(RandomPolicyValues[row, column], solution.V[new(row, column)], 1e-9, $"V({row}, {column})");
        }
    }

    [Fact]
    public void Value_iteration_finds_minus_the_distance_to_the_nearest_corner()
    {
        var solution = Model.ValueIteration(1e-10);
        foreach (var cell in SuttonBartoGrid.States)
            Approx.Equal(-DistanceToNearestCorner(cell), solution.V[cell], 1e-9, $"V*{cell}");
    }

    [Fact]
    public void The_greedy_policy_for_the_random_policys_values_is_optimal()
    {
        // Figure 4.1's last panel: acting greedily on v_random already gives an optimal policy.
        var random = Model.PolicyEvaluation(Model.UniformPolicy());
        var greedy = Model.PolicyEvaluation(cell => Model.Actions.MaxBy(move => random.Q[cell, move]));
        foreach (var cell in SuttonBartoGrid.States)
            Approx.Equal(-DistanceToNearestCorner(cell), greedy.V[cell], 1e-9, $"V^greedy{cell}");
    }

    private static int DistanceToNearestCorner(SuttonBartoGrid.Cell cell) =>
        Math.Min(cell.Row + cell.Column, 6 - cell.Row - cell.Column);
}
