namespace MdpDsl.Runtime.Tests.Dsl;

/// <summary>A walk to a goal three steps away, each step costing 2, declared with an integer reward.</summary>
[Mdp(Discount = 1.0)]
public partial class IntegerCostWalk
{
    [State]
    public readonly record struct Spot([Range(0, 3)] int Position);

    [Action]
    public enum Step { Forward }

    [Terminal]
    public static bool AtGoal(Spot spot) => spot.Position == 3;

    [Reward]
    public static int Cost(Spot spot, Step step) => -2;

    [Transition]
    public static Spot Next(Spot spot, Step step) => new(spot.Position + 1);
}

public class IntegerRewardTests
{
    [Fact]
    public void An_integer_reward_is_read_as_the_same_double()
    {
        var solution = IntegerCostWalk.Compile().ValueIteration();
        // V(p) = −2 × (3 − p): the steps left, each costing 2.
        for (var p = 0; p <= 3; p++)
            Assert.Equal(-2.0 * (3 - p), solution.V[new IntegerCostWalk.Spot(p)]);
    }
}
