using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// Discounted, tempered exact inference and the trajectory posterior on tiny models, against the brute-force
/// enumeration of every trajectory (<see cref="BruteForcePosterior"/>): stochastic dynamics, a terminal state, a
/// non-uniform action prior and a non-uniform start.
/// </summary>
public class TrajectoryPosteriorTests
{
    private const double Tight = 1e-11;
    private const int Horizon = 3;

    private static MdpArrays Arrays() => TinyStochasticModel.Arrays();

    private static readonly double[] Start = [0.6, 0.4, 0];

    private static double Prior(int s, int a) => s switch
    {
        0 => a == 0 ? 0.7 : 0.3,
        1 => a == 0 ? 0.25 : 0.75,
        _ => 0,
    };

    public static TheoryData<double, double> Settings => new() { { 0.8, 0.7 }, { 1.0, 1.0 }, { 0.5, 2.5 }, { 1.0, 0.3 } };

    private static (ArrayModel Model, InferenceResult<int, Act> Exact, BruteForcePosterior Oracle) Solve(double discount, double temperature)
    {
        var arrays = Arrays();
        var model = ArrayModel.Compile(arrays, discount, Horizon);
        var prior = model.CreatePolicy((s, a) => Prior(s, (int)a));
        var exact = model.Inference(actionPrior: prior, temperature: temperature);
        return (model, exact, new BruteForcePosterior(arrays, Prior, Start, discount, temperature, Horizon));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void The_evidence_and_every_backward_message_match_the_enumeration(double discount, double temperature)
    {
        var (_, exact, oracle) = Solve(discount, temperature);

        Approx.Equal(Math.Log(oracle.Evidence), exact.LogEvidence, Tight, "log p(O)");
        for (var t = 0; t < Horizon; t++)
        {
            for (var s = 0; s < 2; s++)
            {
                foreach (var a in new[] { Act.A0, Act.A1 })
                    Approx.Equal(temperature * Math.Log(oracle.Beta(t, s, (int)a)), exact.Stages[t].Q[s, a], Tight, $"T·log β_{t}({s}, {a})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Trajectory_probabilities_and_marginals_match_the_enumeration(double discount, double temperature)
    {
        var (_, exact, oracle) = Solve(discount, temperature);

        var total = 0.0;
        foreach (var (path, probability) in oracle.Posterior)
        {
            Approx.Equal(Math.Log(probability), exact.LogProbability(path), Tight, $"log p({path} | O)");
            total += Math.Exp(exact.LogProbability(path));
        }
        // The enumeration is complete: the runtime's probabilities of its trajectories leave nothing over.
        Approx.Equal(1, total, Tight, "Σ p(τ | O)");
        for (var t = 0; t <= Horizon; t++)
        {
            for (var s = 0; s < 3; s++)
                Approx.Equal(oracle.Marginal(t, s), exact.Marginals[t][s], Tight, $"p(s_{t} = {s} | O)");
        }
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void The_most_probable_trajectory_is_the_enumerations_argmax(double discount, double temperature)
    {
        var (_, exact, oracle) = Solve(discount, temperature);
        var best = oracle.Posterior.MaxBy(p => p.Probability);

        var map = exact.MostProbableTrajectory();

        Assert.Equal(best.Path, map);
        Approx.Equal(Math.Log(best.Probability), exact.LogProbability(map), Tight, "log p(τ* | O)");
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Probabilities_under_a_policy_and_the_true_dynamics_match_the_enumeration(double discount, double temperature)
    {
        var (model, exact, oracle) = Solve(discount, temperature);
        static double Mostly(int s, int a) => s == 2 ? 0 : a == s ? 0.9 : 0.1;
        var policy = model.CreatePolicy((s, a) => Mostly(s, (int)a));

        var total = 0.0;
        foreach (var (path, probability) in oracle.UnderPolicy(Mostly, Start))
        {
            Approx.Equal(Math.Log(probability), exact.LogProbability(path, policy), Tight, $"log p_π({path})");
            Approx.Equal(Math.Log(probability), exact.LogProbability(path, Enumerable.Repeat(policy, Horizon).ToArray()), Tight, $"log p_π_t({path})");
            total += probability;
        }
        Approx.Equal(1, total, Tight, "Σ p_π(τ)");
    }

    [Fact]
    public void Sampled_trajectories_follow_the_posterior()
    {
        var (_, exact, oracle) = Solve(0.8, 0.7);
        const int draws = 40_000;
        var random = new Random(20260101);
        var counts = new Dictionary<Trajectory<int, Act>, int>();
        for (var i = 0; i < draws; i++)
        {
            var path = exact.Sample(random);
            counts[path] = counts.GetValueOrDefault(path) + 1;
        }

        var posterior = oracle.Posterior.ToDictionary(p => p.Path, p => p.Probability);
        Assert.All(counts.Keys, path => Assert.True(posterior.ContainsKey(path), $"sampled {path}, which has posterior probability 0"));
        // Pearson's χ² over the trajectories, the rare ones (expected count below 5) pooled into one cell. With k cells it
        // has k − 1 degrees of freedom, mean k − 1 and standard deviation √(2(k − 1)); a bound of mean + 6 sd fails a
        // correct sampler with probability far below 1e-6, while a sampler that ignores the discount's exit or the tilt of
        // the dynamics gives a χ² in the thousands.
        var (chiSquare, cells, pooledExpected, pooledObserved) = (0.0, 0, 0.0, 0);
        foreach (var (path, probability) in posterior)
        {
            var expected = draws * probability;
            var observed = counts.GetValueOrDefault(path);
            if (expected < 5)
            {
                (pooledExpected, pooledObserved) = (pooledExpected + expected, pooledObserved + observed);
                continue;
            }
            chiSquare += (observed - expected) * (observed - expected) / expected;
            cells++;
        }
        if (pooledExpected > 0)
        {
            chiSquare += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
            cells++;
        }
        Assert.True(cells > 10, $"only {cells} cells");
        Assert.True(chiSquare < cells - 1 + 6 * Math.Sqrt(2 * (cells - 1)), $"χ² = {chiSquare} over {cells} cells");
    }

    [Fact]
    public void The_same_seed_gives_the_same_trajectories()
    {
        var (_, exact, _) = Solve(0.8, 0.7);
        var (first, second) = (new Random(7), new Random(7));
        for (var i = 0; i < 50; i++)
            Assert.Equal(exact.Sample(first), exact.Sample(second));
    }

    [Fact]
    public void Impossible_trajectories_have_probability_zero_and_malformed_ones_are_refused()
    {
        var (model, exact, _) = Solve(0.8, 0.7);

        // State 2 never starts; 1 —A0→ 0 is not a transition; acting in the terminal state; stopping early in state 1.
        Assert.Equal(double.NegativeInfinity, exact.LogProbability(new Trajectory<int, Act>([2], [])));
        Assert.Equal(double.NegativeInfinity, exact.LogProbability(new Trajectory<int, Act>([1, 0], [Act.A0])));
        Assert.Equal(double.NegativeInfinity, exact.LogProbability(new Trajectory<int, Act>([0, 2, 2], [Act.A1, Act.A0])));
        Assert.Equal(double.NegativeInfinity, exact.LogProbability(new Trajectory<int, Act>([0, 1], [Act.A0])));

        var tooLong = Assert.Throws<ArgumentException>(() => exact.LogProbability(new Trajectory<int, Act>([1, 1, 1, 1, 1], [Act.A0, Act.A0, Act.A0, Act.A0])));
        Assert.Contains("4 actions", tooLong.Message);
        var outside = Assert.Throws<ArgumentException>(() => exact.LogProbability(new Trajectory<int, Act>([7], [])));
        Assert.Contains("7", outside.Message);
        var counts = Assert.Throws<ArgumentException>(() => new Trajectory<int, Act>([0, 1, 2], [Act.A0]));
        Assert.Contains("not 3", counts.Message);
        var steps = Assert.Throws<ArgumentException>(() => exact.LogProbability(new Trajectory<int, Act>([0], []), [model.UniformPolicy()]));
        Assert.Contains("one policy per step", steps.Message);
        var other = ArrayModel.Compile(Arrays(), 0.8, Horizon);
        var foreign = Assert.Throws<ArgumentException>(() => exact.LogProbability(new Trajectory<int, Act>([0], []), other.UniformPolicy()));
        Assert.Equal("policy", foreign.ParamName);
        Assert.StartsWith("The policy belongs to another compiled model, whose states may differ from this one's even where the types agree.", foreign.Message);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => exact.LogProbability(new Trajectory<int, Act>([0], []), (Policy<int, Act>)null!)).ParamName);
    }

    [Fact]
    public void Ties_in_the_most_probable_trajectory_go_to_the_first_state_action_and_successor()
    {
        // States 0 and 1 are alike, and so are both actions of each: every choice along the way is a tie.
        var arrays = new MdpArrays(2, 2);
        foreach (var s in new[] { 0, 1 })
        {
            arrays.Set(s, Act.A0, -1, (0, 0.5), (1, 0.5));
            arrays.Set(s, Act.A1, -1, (0, 0.5), (1, 0.5));
        }
        arrays.Initial.AddRange([(0, 0.5), (1, 0.5)]);

        var trajectory = ArrayModel.Compile(arrays, 1.0, horizon: 2).Inference().MostProbableTrajectory();

        Assert.Equal(new Trajectory<int, Act>([0, 0, 0], [Act.A0, Act.A0]), trajectory);
    }

    [Fact]
    public void Without_a_discount_no_trajectory_leaves()
    {
        var (_, exact, _) = Solve(1.0, 1.0);
        Assert.Equal(double.NegativeInfinity, exact.LogProbability(new Trajectory<int, Act>([0], [Act.A0])));
        var random = new Random(3);
        for (var i = 0; i < 200; i++)
            Assert.False(exact.Sample(random).LeftByDiscount);
    }
}
