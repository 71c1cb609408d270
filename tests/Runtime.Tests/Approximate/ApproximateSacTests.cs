using MdpDsl.Runtime.Tests.Learning;
using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Approximate;

public class ApproximateSacTests
{
    private const double Temperature = 0.5;

    // One-hot features without a bias make both approximators tables (their normalized steps move one entry by the
    // step size times the error or gradient), so the tabular argument holds: the critic at a constant α = 0.02 has a
    // stationary noise ≤ 0.57 √(α/2) ≈ 0.057 per pair, and the actor, a softmax at T = 0.5 following it, lies within
    // ≈ 0.4 · 0.057 / 0.5 ≈ 0.05 in total variation in a typical state: 0.15 for the worst of 7. V at the start
    // averages 7 cells: ≈ 0.02 of noise, hence 0.06 (the same bounds as approximate soft Q-learning's test).
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void At_a_fixed_temperature_with_one_hot_features_it_reaches_soft_value_iteration(int seed)
    {
        var model = new Lake { Penalty = -3 }.Compile();
        var exact = model.SoftValueIteration(Temperature);
        var encoder = new IndexOneHot<Lake.Cell>(Lake.IndexOf, Lake.StateCount);

        var learned = model.CreateSimulator().Sac(
            new LinearSoftCritic<Lake.Cell>(encoder, Lake.ActionCount, bias: false),
            new LinearSoftActor<Lake.Cell>(encoder, Lake.ActionCount, bias: false),
            new SacOptions { Episodes = 2_000, Temperature = Temperature, LearningRate = 0.02, ActorLearningRate = 0.1, Seed = seed });

        Assert.InRange(Agreement.MaxTotalVariation(model, exact.Policy, learned.Policy), 0, 0.15);
        Assert.InRange(Agreement.StartValueError(model, exact.V, learned.Critic, Temperature), 0, 0.06);
        Assert.Equal(Temperature, learned.Temperature);
    }

    // On one decision state the tuned temperature is the α* whose softmax of the arm means has the target entropy
    // (found by bisection, independently of the learner). The critic's Q(a) at a constant α = 0.01 has a noise of
    // ≈ 0.5 √(0.01/2) ≈ 0.035 per arm, which moves the entropy at a fixed temperature by ≈ 0.03 (the tabular test's
    // estimate); the temperature, stepping by at most 0.01 · log 4 per batch, and the actor, which follows the
    // critic with a lag, add about as much again: the tolerances are 3 × 0.05 on the entropy and on log α.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Automatic_temperature_reaches_the_target_entropy(int seed)
    {
        const double targetEntropy = 0.8;
        var model = Bandit.Compile();
        var encoder = new IndexOneHot<Bandit.Phase>(Bandit.IndexOf, Bandit.StateCount);

        var learned = model.CreateSimulator().Sac(encoder, new SacOptions
        {
            Episodes = 5_000,
            Temperature = 1,
            TargetEntropy = targetEntropy,
            TemperatureLearningRate = 0.01,
            LearningRate = 0.01,
            Seed = seed,
        });

        var policy = model.Actions.Select(a => learned.Policy.Probability(Bandit.Phase.Ready, a)).ToArray();
        Assert.InRange(SacTests.Entropy(policy), targetEntropy - 0.15, targetEntropy + 0.15);
        Assert.InRange(Math.Log(learned.Temperature / SacTests.SolveForTemperature(targetEntropy)), -0.15, 0.15);
    }

    // The critic's argument is approximate soft Q-learning's (0.2 on values of about 10). The soft-optimal policy
    // does not depend on the position, so the actor's logits are representable too, and π(High) = σ((Q_High − Q_Low)/T)
    // in closed form; the critic's noise in Q_High − Q_Low is mostly shared by every position (one weight pair moves
    // them all), and a logistic moves by at most ¼ of its argument's change: 0.05.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_linear_critic_and_actor_recover_a_soft_Q_that_is_affine_in_the_features(int seed)
    {
        const double temperature = 1;
        var model = Conveyor.Compile();
        var encoder = new FunctionEncoder<Conveyor.Position>(1, (s, _) => s.Y);

        var learned = model.CreateSimulator(stepLimit: 50).Sac(encoder, new SacOptions
        {
            Episodes = 200,
            Temperature = temperature,
            LearningRate = 0.02,
            Seed = seed,
        });

        foreach (var s in model.States)
        {
            foreach (var a in model.Actions)
                Assert.InRange(learned.Critic.Value(s, (int)a) - Conveyor.SoftQ(s, a, temperature), -0.2, 0.2);
            var advantage = Conveyor.SoftQ(s, Conveyor.Lever.High, temperature) - Conveyor.SoftQ(s, Conveyor.Lever.Low, temperature);
            Assert.InRange(learned.Policy.Probability(s, Conveyor.Lever.High) - 1 / (1 + Math.Exp(-advantage / temperature)), -0.05, 0.05);
        }
    }

    [Fact]
    public void The_policy_answers_with_its_distribution()
    {
        var model = Conveyor.Compile();
        var encoder = new FunctionEncoder<Conveyor.Position>(1, (s, _) => s.Y);
        var learned = model.CreateSimulator(stepLimit: 20).Sac(encoder, new SacOptions { Episodes = 20, Seed = 3 });
        var state = new Conveyor.Position(4);
        Span<double> probabilities = stackalloc double[2];

        learned.Policy.Probabilities(state, probabilities);

        Assert.Equal(1, probabilities[0] + probabilities[1], 1e-12);
        Assert.Equal(probabilities[1], learned.Policy.Probability(state, Conveyor.Lever.High));
        Assert.Equal(probabilities[1] > probabilities[0] ? Conveyor.Lever.High : Conveyor.Lever.Low, learned.Policy.Act(state));
        // 2,000 draws of a Bernoulli(p): the frequency lies within 4 standard errors (≤ 0.011) of p.
        var random = new Random(5);
        var high = Enumerable.Range(0, 2_000).Count(_ => learned.Policy.Sample(state, random) == Conveyor.Lever.High);
        Assert.InRange(high / 2_000.0 - probabilities[1], -0.045, 0.045);
    }
}
