namespace MdpDsl.Generator.Tests.Execution;

/// <summary>
/// A reachable state space, run: the gambler's ruin with an unbounded purse. From 4 coins, winning a coin with
/// p = 0.4 and losing one with q = 0.6 until 0 or 8, the reachable purses are 0 … 8, and the chance of reaching
/// 8 from i is (1 − (q/p)^i) / (1 − (q/p)^8). The reward 1 is paid on entering 8, so the terminal purses
/// themselves are worth 0.
/// </summary>
public sealed class ReachableStateTests
{
    private const string GamblersRuin = """
        using System.Collections.Generic;
        using MdpDsl;

        namespace Casino;

        [Mdp(States = StateSpace.Reachable)]
        public partial class Ruin
        {
            [State] public readonly record struct Purse(int Coins);

            [Action] public enum Bet { One }

            [Initial] public static Purse Start => new(4);

            [Terminal] public static bool IsOver(Purse purse) => purse.Coins is <= 0 or >= 8;

            [Reward] public static double Win(Purse purse, Bet bet, Purse next) => next.Coins >= 8 ? 1 : 0;

            [Transition]
            public static IEnumerable<(Purse, double)> Play(Purse purse, Bet bet) =>
                new[] { (new Purse(purse.Coins + 1), 0.4), (new Purse(purse.Coins - 1), 0.6) };
        }
        """;

    [Fact]
    public void Search_finds_exactly_the_purses_between_ruin_and_target()
    {
        var model = LoadedModel.Load(GamblersRuin, "Casino.Ruin");

        var compiled = model.Compile();

        Assert.Equal(9, (int)compiled.StateCount);
        var coins = Enumerable.Range(0, 9).Select(i => (int)((dynamic)compiled.StateAt(i)).Coins).Order();
        Assert.Equal(Enumerable.Range(0, 9), coins);
        // Breadth-first from the start: the initial state comes first.
        Assert.Equal(4, (int)((dynamic)compiled.StateAt(0)).Coins);
    }

    [Fact]
    public void Value_is_the_probability_of_reaching_the_target()
    {
        var model = LoadedModel.Load(GamblersRuin, "Casino.Ruin");
        var compiled = model.Compile();

        var solution = SolverCatalog.ValueIteration(compiled, tolerance: 1e-12);

        var ratio = 0.6 / 0.4;
        for (var i = 0; i < 9; i++)
        {
            var state = compiled.StateAt(i);
            var purse = (int)((dynamic)state).Coins;
            var expected = purse is 0 or 8 ? 0 : (1 - Math.Pow(ratio, purse)) / (1 - Math.Pow(ratio, 8));
            Assert.Equal(expected, (double)solution.V[state], 1e-6);
        }
    }
}
