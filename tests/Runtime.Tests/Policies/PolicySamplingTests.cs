using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Policies;

/// <summary>Sample draws actions with the policy's probabilities, reproducibly for a given seed.</summary>
public class PolicySamplingTests
{
    private const int Draws = 20_000;

    private static readonly double[] Probabilities = { 0.1, 0.2, 0.4, 0.3 };

    private static readonly Policy<int, Act> Policy =
        ArrayModel.Compile(SmallModels.Ring(4, 4), 0.9).CreatePolicy((_, a) => Probabilities[(int)a]);

    [Theory]
    [InlineData(1)]
    [InlineData(20240607)]
    public void Sample_frequencies_match_the_probabilities(int seed)
    {
        var random = new Random(seed);
        var counts = new int[4];
        for (var i = 0; i < Draws; i++)
            counts[(int)Policy.Sample(2, random)]++;
        // Each count is Binomial(n, p): within 4 standard deviations √(n p (1 − p)) except with probability
        // about 6e-5 per action, and the seeds are fixed, so the outcome does not change between runs.
        for (var a = 0; a < 4; a++)
        {
            var mean = Draws * Probabilities[a];
            var deviation = Math.Sqrt(Draws * Probabilities[a] * (1 - Probabilities[a]));
            Assert.True(Math.Abs(counts[a] - mean) <= 4 * deviation, $"{(Act)a}: {counts[a]} draws, expected {mean} ± {4 * deviation:F0}");
        }
    }

    [Fact]
    public void Sampling_never_draws_a_disallowed_action()
    {
        var model = ArrayModel.Compile(SmallModels.Line(5, actions: 3), 0.9);
        var policy = model.UniformPolicy();
        var random = new Random(7);
        var drawn = Enumerable.Range(0, 2000).Select(_ => policy.Sample(1, random)).ToHashSet();
        Assert.Equal(new HashSet<Act> { Act.A0, Act.A1 }, drawn);
    }

    [Fact]
    public void The_same_seed_gives_the_same_actions() => Assert.Equal(DrawHundred(seed: 5), DrawHundred(seed: 5));

    private static List<Act> DrawHundred(int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, 100).Select(_ => Policy.Sample(0, random)).ToList();
    }
}
