using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Dsl;

/// <summary>
/// A walk home along positions 0 … 4 with three steps left to act: walking costs 1 per step and arriving home
/// (position 4, terminal) pays 5; resting costs nothing. With k steps left and d = 4 − p steps to go, home is
/// worth reaching exactly when d ≤ k, so V_t(p) = 5 − d if d ≤ 3 − t, and 0 otherwise.
/// </summary>
[Mdp(Horizon = 3)]
public partial class WalkHome
{
    [State]
    public readonly record struct Spot([Range(0, 4)] int Position);

    [Action]
    public enum Choice { Walk, Rest }

    [Terminal]
    public static bool IsHome(Spot s) => s.Position == 4;

    [Reward]
    public static double Reward(Spot s, Choice c, Spot next) => c == Choice.Walk ? -1 + (IsHome(next) ? 5 : 0) : 0;

    [Transition]
    public static Spot Step(Spot s, Choice c) => c == Choice.Walk ? new(s.Position + 1) : s;
}

public class FiniteHorizonChainTests
{
    private static readonly Solution<WalkHome.Spot, WalkHome.Choice> Solution = WalkHome.Compile().ValueIteration();

    [Fact]
    public void Every_stage_has_the_closed_form_values()
    {
        Assert.Equal(3, Solution.Horizon);
        Assert.Equal(3, Solution.Stages.Count);
        for (var t = 0; t < 3; t++)
        {
            for (var p = 0; p <= 4; p++)
            {
                var d = 4 - p;
                var expected = p == 4 ? 0 : d <= 3 - t ? 5 - d : 0;
                // Sums of at most three small integers: exact in floating point.
                Approx.Equal(expected, Solution.Stages[t].V[new(p)], 0, $"V_{t}({p})");
            }
        }
    }

    [Fact]
    public void The_policy_walks_when_home_is_exactly_in_reach_and_rests_when_it_is_not()
    {
        // Only these two cases are free of ties (with time to spare, resting first is as good as walking first).
        for (var t = 0; t < 3; t++)
        {
            var stepsLeft = 3 - t;
            Assert.Equal(WalkHome.Choice.Walk, Solution.Stages[t].Policy.Act(new(4 - stepsLeft)));
            for (var p = 0; p < 4 - stepsLeft; p++)
                Assert.Equal(WalkHome.Choice.Rest, Solution.Stages[t].Policy.Act(new(p)));
        }
    }

    [Fact]
    public void The_model_carries_its_horizon()
    {
        var model = WalkHome.Compile();
        Assert.Equal(3, model.Horizon);
        Assert.Equal(1.0, model.Discount);
    }
}
