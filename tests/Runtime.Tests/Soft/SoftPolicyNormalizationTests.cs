using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Soft;

/// <summary>
/// Four positions on a ring, the goal (terminal) opposite the start: from position 0 going back and going forward
/// both reach it in two steps of cost 1, an exact tie in floating point because the two paths are mirror images.
/// With γ = 0.9: V*(1) = V*(3) = −1 and V*(0) = −1 − 0.9 = −1.9.
/// </summary>
[Mdp(Discount = 0.9)]
public partial class TiedRing
{
    [State]
    public readonly record struct Spot([Range(0, 3)] int Position);

    [Action]
    public enum Way { Back, Forward }

    [Initial]
    public static Spot Start => new(0);

    [Terminal]
    public static bool IsGoal(Spot s) => s.Position == 2;

    [Reward]
    public static double Cost(Spot s, Way w) => -1;

    [Transition]
    public static Spot Step(Spot s, Way w) => new((s.Position + (w == Way.Forward ? 1 : 3)) % 4);
}

/// <summary>
/// A 200 × 200 grid, moves clamped at the walls, cost 1 per move, goal (terminal) in the far corner, no discount.
/// Every cell off the diagonal band has two shortest directions whose soft values differ by O(T): thousands of
/// near ties at a small temperature.
/// </summary>
[Mdp(Discount = 1)]
public partial class WideGrid
{
    [State]
    public readonly record struct Cell([Range(0, 199)] int X, [Range(0, 199)] int Y);

    [Action]
    public enum Move { Up, Down, Left, Right }

    [Terminal]
    public static bool IsGoal(Cell c) => c is { X: 199, Y: 199 };

    [Reward]
    public static double Cost(Cell c, Move m) => -1;

    [Transition]
    public static Cell Step(Cell c, Move m) => m switch
    {
        Move.Up => c with { Y = Math.Min(199, c.Y + 1) },
        Move.Down => c with { Y = Math.Max(0, c.Y - 1) },
        Move.Left => c with { X = Math.Max(0, c.X - 1) },
        _ => c with { X = Math.Min(199, c.X + 1) },
    };
}

/// <summary>Every policy soft value iteration returns sums to 1 to rounding, at every temperature (DESIGN §5).</summary>
public class SoftPolicyNormalizationTests
{
    private const double Tiny = 1e-300;
    private static readonly TiedRing.Spot Start = new(0);
    private static readonly TiedRing.Model Ring = TiedRing.Compile();

    [Fact]
    public void An_exact_tie_at_a_tiny_temperature_splits_the_mass_evenly()
    {
        var policy = Ring.SoftValueIteration(Tiny).Policy;
        // Both tied actions have exp(0) = 1 before normalizing; the rest underflow to 0.
        Assert.Equal(0.5, policy.Probability(Start, TiedRing.Way.Back));
        Assert.Equal(0.5, policy.Probability(Start, TiedRing.Way.Forward));
        Assert.Equal(1.0, policy.Probability(new(1), TiedRing.Way.Forward));
        Assert.Equal(1.0, policy.Probability(new(3), TiedRing.Way.Back));
    }

    [Fact]
    public void Evaluating_the_tempered_policy_gives_the_average_of_the_tied_actions_values()
    {
        var solution = Ring.PolicyEvaluation(Ring.SoftValueIteration(Tiny).Policy);
        // Closed form: from 1 and 3 the policy steps onto the goal (−1); from 0 either way costs 1 and lands on
        // 1 or 3, so Q(0, Back) = Q(0, Forward) = −1 + 0.9 · (−1) and V(0) is their average, −1.9.
        Approx.Equal(-1, solution.V[new(1)], 1e-12, "V(1)");
        Approx.Equal(-1, solution.V[new(3)], 1e-12, "V(3)");
        var back = -1 + 0.9 * -1;
        var forward = -1 + 0.9 * -1;
        Approx.Equal((back + forward) / 2, solution.V[Start], 1e-12, "V(0)");
    }

    [Fact]
    public void Sampling_the_tempered_policy_on_a_tie_draws_both_actions()
    {
        var policy = Ring.SoftValueIteration(Tiny).Policy;
        var random = new Random(20_261_128);
        const int draws = 10_000;
        var back = Enumerable.Range(0, draws).Count(_ => policy.Sample(Start, random) == TiedRing.Way.Back);
        // Binomial(10,000, ½): standard deviation 50; five of them either side.
        Assert.InRange(back, draws / 2 - 250, draws / 2 + 250);
    }

    [Fact]
    public void The_tempered_policy_survives_a_save_and_load_round_trip()
    {
        var policy = Ring.SoftValueIteration(Tiny).Policy;
        using var stream = new System.IO.MemoryStream();
        Ring.SavePolicy(policy, stream);
        stream.Position = 0;
        var loaded = Ring.LoadPolicy(stream);
        foreach (var state in Ring.States.Where(s => !Ring.IsTerminal(s)))
        {
            foreach (var way in Ring.Actions)
                Assert.Equal(policy.Probability(state, way), loaded.Probability(state, way));
        }
    }

    [Fact]
    public void An_action_prior_weighs_an_exact_tie_at_a_tiny_temperature()
    {
        // π(a|s) ∝ p(a|s) exp(Q(s, a)/T): on an exact tie the exponentials are equal, so π is the prior's split.
        var prior = Ring.CreatePolicy((s, w) => s == Start ? (w == TiedRing.Way.Back ? 0.3 : 0.7) : 0.5);
        var policy = Ring.SoftValueIteration(Tiny, actionPrior: prior).Policy;
        Approx.Equal(0.3, policy.Probability(Start, TiedRing.Way.Back), 1e-15, "π(Back|0)");
        Approx.Equal(0.7, policy.Probability(Start, TiedRing.Way.Forward), 1e-15, "π(Forward|0)");
    }

    [Theory]
    [InlineData(1e-6)]
    [InlineData(1e-3)]
    public void Near_ties_on_a_large_grid_give_rows_that_sum_to_one(double temperature)
    {
        var model = WideGrid.Compile();
        var policy = model.SoftValueIteration(temperature).Policy.AsSpan();
        var actions = model.ActionCount;
        var worst = 0.0;
        for (var s = 0; s < model.StateCount; s++)
        {
            if (model.IsTerminal(model.StateAt(s)))
                continue;
            var sum = 0.0;
            foreach (var p in policy.Slice(s * actions, actions))
                sum += p;
            worst = Math.Max(worst, Math.Abs(sum - 1));
        }
        // Four terms, each within a few ulps of its exact value.
        Assert.True(worst <= 1e-14, $"A policy row misses 1 by {worst:R}.");
    }

    [Theory]
    [InlineData(5e-324)]
    [InlineData(1e-309)]
    public void A_temperature_whose_reciprocal_overflows_is_rejected_naming_the_value(double temperature)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Ring.SoftValueIteration(temperature));
        Assert.Equal("temperature", exception.ParamName);
        Assert.Contains(temperature.ToString("R", System.Globalization.CultureInfo.InvariantCulture), exception.Message);
        Assert.Contains("1/T overflows", exception.Message);
        Assert.DoesNotContain("discount", exception.Message);
    }

    [Fact]
    public void The_smallest_temperature_with_a_finite_reciprocal_is_accepted()
    {
        // 1/double.MaxValue itself inverts to +∞; the next double up does not.
        var smallest = Math.BitIncrement(1 / double.MaxValue);
        Assert.True(double.IsFinite(1 / smallest));
        var policy = Ring.SoftValueIteration(smallest).Policy;
        Assert.Equal(0.5, policy.Probability(Start, TiedRing.Way.Back));
    }

    [Fact]
    public void The_soft_learners_reject_such_a_temperature_too()
    {
        Assert.Equal("Temperature", Assert.Throws<ArgumentOutOfRangeException>(() => Ring.SoftQLearning(new SoftQLearningOptions { Temperature = 5e-324 })).ParamName);
        Assert.Equal("Temperature", Assert.Throws<ArgumentOutOfRangeException>(() => Ring.Sac(new SacOptions { Temperature = 5e-324 })).ParamName);
    }
}
