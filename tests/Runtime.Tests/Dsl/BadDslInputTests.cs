using System.Globalization;

namespace MdpDsl.Runtime.Tests.Dsl;

/// <summary>Mistakes in a model's members surface at Compile() naming the state (its record text) and action.</summary>
public class BadDslInputTests
{
    [Fact]
    public void Probabilities_summing_to_point_nine_name_the_state_and_action()
    {
        var exception = Assert.Throws<ModelValidationException>(() => LeakyGrid.Compile());
        Assert.Equal(new LeakyGrid.Cell(1, 2), exception.State);
        Assert.Equal(LeakyGrid.Move.East, exception.Action);
        Assert.Equal(0.5 + 0.4, exception.Value);
        Assert.Contains("Cell { X = 1, Y = 2 }", exception.Message);
        Assert.Contains("East", exception.Message);
        Assert.Contains((0.5 + 0.4).ToString("R", CultureInfo.InvariantCulture), exception.Message);
    }

    [Fact]
    public void A_reward_that_is_nan_in_one_state_names_that_state_and_the_first_action()
    {
        // R(s) is evaluated per (state, action); actions are visited in declaration order, so North is first.
        var exception = Assert.Throws<ModelValidationException>(() => new NanRewardGrid().Compile());
        Assert.Equal(new NanRewardGrid.Cell(2, 1), exception.State);
        Assert.Equal(NanRewardGrid.Move.North, exception.Action);
        Assert.Contains("Cell { X = 2, Y = 1 }", exception.Message);
        Assert.Contains("North", exception.Message);
        Assert.Contains("NaN", exception.Message);
    }

    [Fact]
    public void A_successor_outside_the_range_names_the_state_action_and_successor()
    {
        var exception = Assert.Throws<ModelValidationException>(() => OverflowingGrid.Compile());
        Assert.Equal(new OverflowingGrid.Cell(2, 0), exception.State);
        Assert.Equal(OverflowingGrid.Move.East, exception.Action);
        Assert.Contains("Cell { X = 2, Y = 0 }", exception.Message);
        Assert.Contains("East", exception.Message);
        Assert.Contains("Cell { X = 3, Y = 0 }", exception.Message);
    }

    [Fact]
    public void Generated_indexing_rejects_a_state_outside_the_range()
    {
        Assert.False(OverflowingGrid.TryIndexOf(new OverflowingGrid.Cell(3, 0), out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => OverflowingGrid.IndexOf(new OverflowingGrid.Cell(3, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => OverflowingGrid.StateAt(OverflowingGrid.StateCount));
    }
}

/// <summary>A 3 × 3 grid whose (1, 2) East move loses a tenth of its probability.</summary>
[Mdp(Discount = 0.9)]
public partial class LeakyGrid
{
    // Read from fields rather than written as literals: a sum of constants would already be refused when the
    // model is built (MDP007, and the generator emits nothing for it); these show what Compile() catches.
    private static readonly double Half = 0.5;
    private static readonly double Moved = 0.4;

    [State]
    public readonly record struct Cell([Range(0, 2)] int X, [Range(0, 2)] int Y);

    [Action]
    public enum Move { North, East }

    [Reward]
    public static double Cost(Cell s, Move m) => -1;

    [Transition]
    public static IEnumerable<(Cell, double)> Step(Cell s, Move m)
    {
        if (s == new Cell(1, 2) && m == Move.East)
            return new[] { (s, Half), (s with { X = 2 }, Moved) };
        return new[] { (s, 1.0) };
    }
}

/// <summary>A 3 × 3 grid whose state reward is NaN at (2, 1); an instance model, to exercise instance members.</summary>
[Mdp(Discount = 0.9)]
public partial class NanRewardGrid
{
    [State]
    public readonly record struct Cell([Range(0, 2)] int X, [Range(0, 2)] int Y);

    [Action]
    public enum Move { North, East }

    public Cell Broken { get; init; } = new(2, 1);

    [Reward]
    public double Cost(Cell s) => s == Broken ? double.NaN : -1;

    [Transition]
    public Cell Step(Cell s, Move m) => s;
}

/// <summary>A 3 × 3 grid that forgets to clamp one move: East from (2, 0) leaves the [Range].</summary>
[Mdp(Discount = 0.9)]
public partial class OverflowingGrid
{
    [State]
    public readonly record struct Cell([Range(0, 2)] int X, [Range(0, 2)] int Y);

    [Action]
    public enum Move { North, East }

    [Reward]
    public static double Cost(Cell s, Move m) => -1;

    [Transition]
    public static Cell Step(Cell s, Move m) => m switch
    {
        Move.North => s with { Y = Math.Min(2, s.Y + 1) },
        _ => s.Y == 0 ? s with { X = s.X + 1 } : s with { X = Math.Min(2, s.X + 1) },
    };
}
