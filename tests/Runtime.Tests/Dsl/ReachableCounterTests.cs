using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Dsl;

/// <summary>
/// A counter with an unbounded int field, so its states are found by search: each step costs 1 and advances the
/// count with probability ½ (else it stays), until 10 ends the episode. Reaching 10 from c takes 10 − c advances
/// of 2 expected steps each, so V(c) = −2 (10 − c) without discounting.
/// </summary>
[Mdp(States = StateSpace.Reachable)]
public partial class CoinCounter
{
    [State]
    public readonly record struct Count(int Value);

    [Action]
    public enum Flip { Toss }

    [Initial]
    public static Count Start => new(0);

    [Terminal]
    public static bool Done(Count c) => c.Value >= 10;

    [Reward]
    public static double Cost(Count c, Flip f) => -1;

    [Transition]
    public static IEnumerable<(Count, double)> Toss(Count c, Flip f) => new[] { (new Count(c.Value + 1), 0.5), (c, 0.5) };
}

public class ReachableCounterTests
{
    private static readonly CoinCounter.Model Model = CoinCounter.Compile();

    [Fact]
    public void The_search_finds_exactly_the_counts_from_zero_to_ten_in_order()
    {
        Assert.Equal(Enumerable.Range(0, 11).Select(v => new CoinCounter.Count(v)), Model.States);
        Assert.Equal(new[] { (new CoinCounter.Count(0), 1.0) }, Model.InitialDistribution);
    }

    [Fact]
    public void The_values_are_twice_the_remaining_distance()
    {
        var solution = Model.ValueIteration(1e-12);
        // γ = 1: the stopping rule bounds the last change by ε = 1e-12, and with a single action the remaining
        // error is at most that change times the expected number of steps left (≤ 20): 2e-11.
        foreach (var count in Model.States)
            Approx.Equal(-2.0 * (10 - count.Value), solution.V[count], 1e-10, $"V({count})");
    }

    [Fact]
    public void Policy_evaluation_agrees_exactly()
    {
        var solution = Model.PolicyEvaluation(_ => CoinCounter.Flip.Toss);
        foreach (var count in Model.States)
            Approx.Equal(-2.0 * (10 - count.Value), solution.V[count], 1e-12, $"V({count})");
    }
}
