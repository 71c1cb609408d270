using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Approximate;

public class ApproximateSoftQLearningTests
{
    private const double Temperature = 0.5;

    // One-hot features without a bias make the linear critic a table, and its normalized step moves Q(s, a) by
    // exactly α (y − Q(s, a)), as a table's step does. At a constant α = 0.02 a pair's stationary noise is σ √(α/2),
    // with σ ≤ 0.57 the standard deviation of the soft target here (as in the tabular soft Q-learning test): ≤ 0.057.
    // A softmax at temperature T moves by ½ Σ_a π(a) |ΔQ(a) − E_π ΔQ| / T in total variation, ≈ 0.4 s / T ≈ 0.05 for
    // independent errors of deviation s; the maximum over 7 states is within 3 of those: 0.15. V at the start is a
    // mean over the 7 start cells of soft maxima each as noisy as one Q, so its deviation is ≈ 0.057 / √7 ≈ 0.02: 0.06.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void With_one_hot_features_it_reaches_soft_value_iteration(int seed)
    {
        var model = new Lake { Penalty = -3 }.Compile();
        var exact = model.SoftValueIteration(Temperature);
        var encoder = new IndexOneHot<Lake.Cell>(Lake.IndexOf, Lake.StateCount);

        var learned = model.CreateSimulator().SoftQLearning(new LinearSoftCritic<Lake.Cell>(encoder, Lake.ActionCount, bias: false), new SoftQLearningOptions
        {
            Episodes = 2_000,
            Temperature = Temperature,
            LearningRate = 0.02,
            BatchSize = 16,
            TargetSmoothing = 0.05,
            Seed = seed,
        });

        Assert.InRange(Agreement.MaxTotalVariation(model, exact.Policy, learned.Policy), 0, 0.15);
        Assert.InRange(Agreement.StartValueError(model, exact.V, learned.Critic, Temperature), 0, 0.06);
        Assert.Equal(2_000, learned.Returns.Count);
        Assert.True(learned.Steps >= 2_000 && learned.StepsPerSecond > 0);
    }

    [Fact]
    public void The_closed_form_of_the_affine_model_is_soft_value_iterations()
    {
        var model = Conveyor.Compile();
        var exact = model.SoftValueIteration(1, tolerance: 1e-10);

        foreach (var s in model.States)
        {
            foreach (var a in model.Actions)
                Assert.Equal(exact.Q[s, a], Conveyor.SoftQ(s, a, 1), 1e-8);
        }
    }

    // The soft target's noise comes only from where the step lands: y′ is uniform over 5 positions 1/9 apart, so
    // γ β sd(y′) = 0.9 · √2/9 ≈ 0.14. Normalized LMS at α = 0.02 on the two weights (y, 1) leaves ≈ 0.14 √(2 α/2) ≈ 0.02
    // of noise in each Q, which bootstrapping can amplify up to 1 / (1 − γ) = 10 times if the errors were all alike:
    // 0.2 bounds it, on values of about 10.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_linear_critic_recovers_a_soft_Q_that_is_affine_in_the_features(int seed)
    {
        const double temperature = 1;
        var model = Conveyor.Compile();
        var encoder = new FunctionEncoder<Conveyor.Position>(1, (s, _) => s.Y);

        var learned = model.CreateSimulator(stepLimit: 50).SoftQLearning(encoder, new SoftQLearningOptions
        {
            Episodes = 200,
            Temperature = temperature,
            LearningRate = 0.02,
            BatchSize = 16,
            TargetSmoothing = 0.05,
            Seed = seed,
        });

        foreach (var s in model.States)
        {
            foreach (var a in model.Actions)
                Assert.InRange(learned.Critic.Value(s, (int)a) - Conveyor.SoftQ(s, a, temperature), -0.2, 0.2);
        }
    }

    [Fact]
    public void The_same_seed_repeats_the_run()
    {
        var model = new Lake { Penalty = -3 }.Compile();
        var encoder = new IndexOneHot<Lake.Cell>(Lake.IndexOf, Lake.StateCount);
        var options = new SoftQLearningOptions { Episodes = 50, Temperature = Temperature, BatchSize = 4, TargetCopyInterval = 10, Seed = 7 };

        var first = model.CreateSimulator().SoftQLearning(encoder, options);
        var second = model.CreateSimulator().SoftQLearning(encoder, options);

        Assert.Equal(first.Returns, second.Returns);
        Assert.Equal(first.Critic.Value(Lake.Goal with { X = 0 }, 1), second.Critic.Value(Lake.Goal with { X = 0 }, 1));
    }
}
