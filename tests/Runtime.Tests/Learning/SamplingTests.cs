using MdpDsl.Learning;

namespace MdpDsl.Runtime.Tests.Learning;

/// <summary>
/// The draws behind every learner's exploration: greedy choices break ties uniformly, ε-greedy explores with
/// probability ε and then uniformly over the allowed actions, and a disallowed action (−∞) is never drawn.
/// </summary>
public class SamplingTests
{
    private const int Draws = 30_000;

    // The 0.999 quantile of χ²(2) is 13.816 (NIST/SEMATECH e-Handbook §1.3.6.7.4): a uniform draw fails with
    // probability 0.001 over seeds, and the fixed seeds make every run the same.
    private const double ChiSquare2 = 13.816;

    [Fact]
    public void Greedy_breaks_a_three_way_tie_uniformly_and_never_draws_a_lower_or_disallowed_action()
    {
        double[] values = [2, 5, double.NegativeInfinity, 5, 5];
        var random = new Random(7);

        var counts = Count(() => Sampling.Greedy(values, random), values.Length);

        Assert.Equal(0, counts[0] + counts[2]);
        Assert.InRange(Pearson(counts, [1, 3, 4], Draws / 3.0), 0, ChiSquare2);
    }

    [Fact]
    public void Epsilon_zero_is_greedy()
    {
        double[] values = [1, 3, 2];
        var random = new Random(8);

        var counts = Count(() => Sampling.EpsilonGreedy(values, 0, random), values.Length);

        Assert.Equal(Draws, counts[1]);
    }

    [Fact]
    public void Epsilon_one_draws_the_allowed_actions_uniformly()
    {
        double[] values = [1, double.NegativeInfinity, 3, 2];
        var random = new Random(9);

        var counts = Count(() => Sampling.EpsilonGreedy(values, 1, random), values.Length);

        Assert.Equal(0, counts[1]);
        Assert.InRange(Pearson(counts, [0, 2, 3], Draws / 3.0), 0, ChiSquare2);
    }

    [Fact]
    public void Epsilon_a_quarter_explores_a_quarter_of_the_time()
    {
        // The greedy action comes with probability 0.75 + 0.25/3 = 5/6, each other with 1/12.
        double[] values = [1, 3, 2];
        var random = new Random(10);

        var counts = Count(() => Sampling.EpsilonGreedy(values, 0.25, random), values.Length);

        var expected = new[] { Draws / 12.0, Draws * 5 / 6.0, Draws / 12.0 };
        var chiSquare = Enumerable.Range(0, 3).Sum(a => (counts[a] - expected[a]) * (counts[a] - expected[a]) / expected[a]);
        Assert.InRange(chiSquare, 0, ChiSquare2);
    }

    private static int[] Count(Func<int> draw, int actions)
    {
        var counts = new int[actions];
        for (var i = 0; i < Draws; i++)
            counts[draw()]++;
        return counts;
    }

    private static double Pearson(int[] counts, int[] cells, double expected) =>
        cells.Sum(a => (counts[a] - expected) * (counts[a] - expected) / expected);
}
