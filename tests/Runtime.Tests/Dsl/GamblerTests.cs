namespace MdpDsl.Runtime.Tests.Dsl;

/// <summary>
/// Sutton &amp; Barto, Reinforcement Learning (2nd ed.), Example 4.3: a gambler with capital 1..99 stakes a whole
/// number of dollars up to min(s, 100 − s) on a coin that comes up heads with probability 0.4, winning the stake on
/// heads and losing it on tails; reaching 100 pays +1, undiscounted. The stake is a record struct of 99 actions.
/// </summary>
[Mdp(Discount = 1.0)]
public partial class Gambler
{
    public const double HeadsProbability = 0.4;

    [State]
    public readonly record struct Capital([Range(0, 100)] int Dollars);

    [Action]
    public readonly record struct Stake([Range(1, 99)] int Amount);

    [Terminal]
    public static bool IsOver(Capital capital) => capital.Dollars is 0 or 100;

    [Allowed]
    public static bool CanStake(Capital capital, Stake stake) => stake.Amount <= Math.Min(capital.Dollars, 100 - capital.Dollars);

    [Reward]
    public static double Win(Capital capital, Stake stake, Capital next) => next.Dollars == 100 ? 1 : 0;

    [Transition]
    public static IEnumerable<(Capital, double)> Flip(Capital capital, Stake stake)
    {
        yield return (new Capital(capital.Dollars + stake.Amount), HeadsProbability);
        yield return (new Capital(capital.Dollars - stake.Amount), 1 - HeadsProbability);
    }
}

public class GamblerTests
{
    private static readonly Gambler.Model Model = Gambler.Compile();

    [Fact]
    public void The_stake_space_is_the_99_amounts_in_order_and_round_trips()
    {
        Assert.Equal(99, Gambler.ActionCount);
        Assert.Equal(Enumerable.Range(1, 99).Select(amount => new Gambler.Stake(amount)), Gambler.Actions);
        Assert.All(Gambler.Actions, stake => Assert.Equal(stake, Gambler.ActionAt(Gambler.IndexOf(stake))));
        Assert.Equal(0, Gambler.IndexOf(new Gambler.Stake(1)));
        Assert.Equal(98, Gambler.IndexOf(new Gambler.Stake(99)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gambler.IndexOf(new Gambler.Stake(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gambler.ActionAt(99));
    }

    [Fact]
    public void Value_iteration_matches_a_plain_value_iteration_over_arrays()
    {
        var expected = ArrayValueIteration();

        var solution = Model.ValueIteration(tolerance: 1e-13);

        Assert.True(solution.Converged);
        for (var dollars = 0; dollars <= 100; dollars++)
            Assert.Equal(expected[dollars], solution.V[new Gambler.Capital(dollars)], 1e-9);
    }

    [Fact]
    public void Policy_iteration_reaches_the_values_of_bold_play()
    {
        var solution = Model.PolicyIteration();

        // Bold play (stake everything, or what reaches 100) is optimal on a subfair coin (Dubins & Savage): from 50
        // one toss, from 25 two heads in a row, from 75 heads or else a win from 50.
        Assert.Equal(0.4, solution.V[new Gambler.Capital(50)], 1e-9);
        Assert.Equal(0.4 * 0.4, solution.V[new Gambler.Capital(25)], 1e-9);
        Assert.Equal(0.4 + 0.6 * 0.4, solution.V[new Gambler.Capital(75)], 1e-9);
        Assert.Equal(new Gambler.Stake(50), solution.Policy.Act(new Gambler.Capital(50)));
    }

    [Fact]
    public void A_stake_above_what_the_state_allows_is_masked()
    {
        var solution = Model.PolicyIteration();

        Assert.Equal(0, solution.Policy.Probability(new Gambler.Capital(10), new Gambler.Stake(11)));
        Assert.Equal(0, solution.Policy.Probability(new Gambler.Capital(90), new Gambler.Stake(11)));
    }

    /// <summary>Value iteration as the book writes it, in place over an array of 101 capitals, to a fixed point.</summary>
    private static double[] ArrayValueIteration()
    {
        const double p = Gambler.HeadsProbability;
        var v = new double[101];
        double change;
        do
        {
            change = 0;
            for (var s = 1; s < 100; s++)
            {
                var best = double.NegativeInfinity;
                for (var stake = 1; stake <= Math.Min(s, 100 - s); stake++)
                {
                    var win = s + stake == 100 ? 1 : v[s + stake];
                    best = Math.Max(best, p * win + (1 - p) * v[s - stake]);
                }
                change = Math.Max(change, Math.Abs(best - v[s]));
                v[s] = best;
            }
        }
        while (change > 1e-15);
        return v;
    }
}
