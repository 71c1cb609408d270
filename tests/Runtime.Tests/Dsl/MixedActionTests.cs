namespace MdpDsl.Runtime.Tests.Dsl;

/// <summary>
/// A walk along five cells to a goal at the end, where each action is a direction and a pace: walking moves one
/// cell for 1, running two cells for 1.5. The action record mixes an enum and a bool: 2 × 2 = 4 actions.
/// </summary>
[Mdp(Discount = 1.0)]
public partial class Corridor
{
    public enum Direction { Back, Ahead }

    [State]
    public readonly record struct Cell([Range(0, 4)] int Position);

    [Action]
    public readonly record struct Stride(Direction Way, bool Run);

    [Terminal]
    public static bool AtGoal(Cell cell) => cell.Position == 4;

    [Reward]
    public static double Effort(Cell cell, Stride stride) => stride.Run ? -1.5 : -1;

    [Transition]
    public static Cell Next(Cell cell, Stride stride)
    {
        var length = stride.Run ? 2 : 1;
        return new Cell(Math.Clamp(cell.Position + (stride.Way == Direction.Ahead ? length : -length), 0, 4));
    }
}

public class MixedActionTests
{
    [Fact]
    public void The_enum_is_the_most_significant_digit_and_the_bool_the_least()
    {
        Assert.Equal(4, Corridor.ActionCount);
        Assert.Equal(
            new[]
            {
                new Corridor.Stride(Corridor.Direction.Back, false), new Corridor.Stride(Corridor.Direction.Back, true),
                new Corridor.Stride(Corridor.Direction.Ahead, false), new Corridor.Stride(Corridor.Direction.Ahead, true),
            },
            Corridor.Actions);
        Assert.All(Corridor.Actions, stride => Assert.Equal(stride, Corridor.ActionAt(Corridor.IndexOf(stride))));
    }

    [Fact]
    public void Running_pays_where_the_distance_left_is_even()
    {
        var solution = Corridor.Compile().ValueIteration();

        // d cells from the goal cost 1.5 per pair of cells run and 1 for an odd cell walked.
        for (var position = 0; position < 4; position++)
        {
            var left = 4 - position;
            Assert.Equal(-(1.5 * (left / 2) + left % 2), solution.V[new Corridor.Cell(position)], 1e-12);
        }
        Assert.Equal(new Corridor.Stride(Corridor.Direction.Ahead, true), solution.Policy.Act(new Corridor.Cell(0)));
        Assert.Equal(new Corridor.Stride(Corridor.Direction.Ahead, false), solution.Policy.Act(new Corridor.Cell(3)));
    }
}
