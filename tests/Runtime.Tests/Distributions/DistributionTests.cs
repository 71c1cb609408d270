namespace MdpDsl.Runtime.Tests.Distributions;

/// <summary>The distribution toolkit against closed forms computed here by other routes (factorials, Pascal's triangle, counting).</summary>
public class DistributionTests
{
    private const double Tight = 1e-14;

    private static double Factorial(int n) => n == 0 ? 1 : n * Factorial(n - 1);

    [Fact]
    public void Poisson_matches_its_pmf_and_lumps_the_tail_into_the_maximum()
    {
        var poisson = Distribution.Poisson(3, max: 8);
        Assert.Equal(9, poisson.Count);
        var below = 0.0;
        for (var k = 0; k < 8; k++)
        {
            var pmf = Math.Exp(-3) * Math.Pow(3, k) / Factorial(k);
            Assert.Equal(pmf, poisson.ProbabilityOf(k), Tight);
            below += pmf;
        }
        // P(N ≥ 8) = 1 − P(N ≤ 7), summed the other way: the tail terms k = 8 … 60.
        var tail = 0.0;
        for (var k = 8; k <= 60; k++)
            tail += Math.Exp(-3) * Math.Pow(3, k) / Factorial(k);
        Assert.Equal(tail, poisson.ProbabilityOf(8), 1e-13);
        Assert.Equal(1, poisson.TotalProbability, Tight);
    }

    [Fact]
    public void Poisson_with_a_large_mean_does_not_underflow()
    {
        // e^{−800} underflows to 0 in doubles; the recurrence in logarithms keeps the mode's probability.
        var poisson = Distribution.Poisson(800, max: 2000);
        Assert.Equal(1, poisson.TotalProbability, 1e-12);
        Assert.Equal(800, poisson.E(n => n), 1e-9);
        // At the mode, Stirling's series for λ!: p(λ) = e^{−λ} λ^λ / λ! = (1 − 1/(12λ) + 1/(288λ²) + O(λ⁻³)) / √(2πλ).
        const double lambda = 800;
        var stirling = (1 - 1 / (12 * lambda) + 1 / (288 * lambda * lambda)) / Math.Sqrt(2 * Math.PI * lambda);
        Assert.Equal(stirling, poisson.ProbabilityOf(800), 1e-10);
    }

    [Fact]
    public void A_mean_of_zero_is_certainly_zero()
    {
        var none = Distribution.Poisson(0, max: 5);
        Assert.Equal([(0, 1.0)], none.ToArray());
    }

    [Fact]
    public void Binomial_matches_pascals_triangle()
    {
        const int n = 10;
        const double p = 0.3;
        var row = new double[n + 1];
        row[0] = 1;
        for (var i = 1; i <= n; i++)
        {
            for (var k = i; k > 0; k--)
                row[k] += row[k - 1];
        }
        var binomial = Distribution.Binomial(n, p);
        for (var k = 0; k <= n; k++)
            Assert.Equal(row[k] * Math.Pow(p, k) * Math.Pow(1 - p, n - k), binomial.ProbabilityOf(k), Tight);
        Assert.Equal(n * p, binomial.E(k => k), 1e-13);
        Assert.Equal([(4, 1.0)], Distribution.Binomial(4, 1).ToArray());
        Assert.Equal([(0, 1.0)], Distribution.Binomial(4, 0).ToArray());
    }

    [Fact]
    public void The_sum_of_two_dice_is_the_triangle()
    {
        var die = Distribution.Uniform(1, 6);
        var two = die.Sum(die);
        Assert.Equal(11, two.Count);
        for (var total = 2; total <= 12; total++)
            Assert.Equal((6 - Math.Abs(total - 7)) / 36.0, two.ProbabilityOf(total), Tight);
    }

    [Fact]
    public void Select_merges_values_that_map_alike()
    {
        var demand = Distribution.Uniform(0, 9);
        var sold = demand.Select(d => Math.Min(d, 3));
        Assert.Equal([0, 1, 2, 3], sold.Select(x => x).ToArray().Select(o => o.Value));
        Assert.Equal(0.7, sold.ProbabilityOf(3), Tight);
        Assert.Equal(0.1, sold.ProbabilityOf(0), Tight);
    }

    [Fact]
    public void Query_syntax_gives_the_product_of_independent_parts()
    {
        var coin = Distribution.Bernoulli(0.25);
        var die = Distribution.Uniform(1, 4);
        var pairs = from heads in coin from face in die select (heads, face);
        Assert.Equal(8, pairs.Count);
        Assert.Equal(0.25 * 0.25, pairs.ProbabilityOf((true, 3)), Tight);
        Assert.Equal(0.75 * 0.25, pairs.ProbabilityOf((false, 1)), Tight);
        Assert.Equal(1, pairs.TotalProbability, Tight);
    }

    [Fact]
    public void A_two_stage_process_depends_on_the_first_draw()
    {
        // Draw n uniformly from {1, 2}, then a Binomial(n, 1/2): P(0) = ½·½ + ½·¼ = 3/8.
        var successes = Distribution.Uniform(1, 2).SelectMany(n => Distribution.Binomial(n, 0.5));
        Assert.Equal(3 / 8.0, successes.ProbabilityOf(0), Tight);
        Assert.Equal(4 / 8.0, successes.ProbabilityOf(1), Tight);
        Assert.Equal(1 / 8.0, successes.ProbabilityOf(2), Tight);
    }

    [Fact]
    public void A_mixture_weights_its_components()
    {
        var mixed = Distribution.Mixture((Distribution.Certain(0), 0.2), (Distribution.Uniform(0, 1), 0.8));
        Assert.Equal(0.2 + 0.4, mixed.ProbabilityOf(0), Tight);
        Assert.Equal(0.4, mixed.ProbabilityOf(1), Tight);
    }

    [Fact]
    public void Categorical_merges_duplicates_and_drops_zeros_and_normalized_rescales()
    {
        var c = Distribution.Categorical(("a", 0.2), ("b", 0.0), ("a", 0.1), ("c", 0.3));
        Assert.Equal([("a", 0.1 + 0.2), ("c", 0.3)], c.ToArray());
        var n = c.Normalized();
        Assert.Equal(0.5, n.ProbabilityOf("a"), Tight);
        Assert.Equal(1, n.TotalProbability, Tight);
        Assert.Equal(0, n.ProbabilityOf("b"));
    }

    [Fact]
    public void Uniform_over_values_counts_repeats()
    {
        var u = Distribution.Uniform("x", "y", "x");
        Assert.Equal(2 / 3.0, u.ProbabilityOf("x"), Tight);
        Assert.Equal("{x: 0.666667, y: 0.333333}", u.ToString());
    }

    [Fact]
    public void Bad_parameters_are_named_with_their_value()
    {
        Assert.Contains("-1", Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Poisson(-1, 5)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Poisson(double.NaN, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Poisson(2, -1));
        Assert.Contains("1.5", Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Bernoulli(1.5)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Binomial(3, double.NaN));
        var categorical = Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Categorical(("left", 0.5), ("right", -0.5)));
        Assert.Contains("right", categorical.Message);
        Assert.Contains("-0.5", categorical.Message);
        Assert.Throws<ArgumentException>(() => Distribution.Uniform(3, 2));
        Assert.Throws<ArgumentException>(() => Distribution.Uniform<int>());
        Assert.Throws<InvalidOperationException>(() => Distribution.Categorical(("a", 0.0)).Normalized());
    }
}
