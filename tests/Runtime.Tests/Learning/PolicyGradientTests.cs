using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

public class PolicyGradientTests
{
    private static readonly Bandit.Phase Ready = Bandit.Phase.Ready;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_bandit_concentrates_on_the_best_arm(bool baseline)
    {
        var model = Bandit.Compile();

        // The gradient-bandit estimate: an arm b whose mean trails the best one's by Δ_b loses preference at a rate
        // α Δ_b π(b), so after n pulls π(b) ≈ 1/(α Δ_b n). With α = 0.1, n = 4,000 and Δ = 0.3, 0.4, 0.6 the other
        // arms keep ≈ (1/0.3 + 1/0.4 + 1/0.6) / 400 ≈ 0.02 together; the baseline lowers the variance, not this.
        var learned = model.PolicyGradient(new PolicyGradientOptions { Episodes = 4_000, LearningRate = 0.1, Baseline = baseline, Seed = 1 });

        Assert.InRange(learned.Policy.Probability(Ready, Bandit.Arm.D), 0.95, 1);
    }

    [Fact]
    public void With_an_entropy_bonus_the_bandit_policy_is_the_softmax_of_the_arm_means()
    {
        const double beta = 0.2;
        var model = Bandit.Compile();
        // The closed form of max_π Σ π(a) p(a) + β H(π): π(a) ∝ exp(p(a) / β).
        var weights = Bandit.WinProbabilities.Select(p => Math.Exp(p / beta)).ToArray();
        var expected = weights.Select(w => w / weights.Sum()).ToArray();

        // With α = n^−0.7 the last of 20,000 steps are α ≈ 1e−3; the per-step gradient of a logit is a centred
        // return times a probability difference, of standard deviation ≲ 1, so the logits' stationary noise is
        // ≈ √(α/2) ≈ 0.022 and the policy's total variation moves by about as much. 0.08 is ≈ 3.5 of those.
        var learned = model.PolicyGradient(new PolicyGradientOptions
        {
            Episodes = 20_000,
            Entropy = beta,
            LearningRate = Schedule.Decaying(1, 0.7),
            Seed = 1,
        });

        var distance = 0.5 * model.Actions.Sum(a => Math.Abs(expected[(int)a] - learned.Policy.Probability(Ready, a)));
        Assert.InRange(distance, 0, 0.08);
    }

    // Soft VI at T = 0.7 on this task puts 0.07, 0.43, 0.50 on Safe, Risky, Back at the start and 0.11, 0.66, 0.24 in
    // the middle. With the former default, a constant step of 0.1 (and the entropy as sampled −β log π(aₜ) rewards),
    // seeds 1–8 ended 0.06–0.28 away in total variation; a constant step never stops the logits wandering.
    // With the default steps 0.5·n^−0.6, after 20,000 episodes (≈ 60,000 updates of the start, ≈ 18,000 of the
    // middle) the last steps are ≈ 1e−3; the soft return from the start has standard deviation 1.56 (sampled under
    // the exact policy), so the advantages leave the logits a stationary noise ≈ 1.5·√(1e−3/2) ≈ 0.035,
    // which moves a policy with these probabilities by ≈ 0.015 in total variation: 0.05 is over 3 of those.
    // The baseline is a Monte Carlo average of soft returns (standard deviation ≈ 1.5) with steps ≈ 1e−3 at the end:
    // noise ≈ 0.035 on top of the lag behind the moving policy; 0.2 is over 5 of those.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void With_the_default_steps_the_entropy_regularized_policy_of_a_two_state_task_is_soft_value_iterations(int seed)
    {
        const double beta = 0.7;
        var model = new Detour { Stake = 2 }.Compile();
        var exact = model.SoftValueIteration(beta);

        var learned = model.PolicyGradient(new PolicyGradientOptions { Episodes = 20_000, Entropy = beta, Seed = seed });

        Assert.InRange(Exact.MaxTotalVariation(model, exact.Policy, learned.Policy), 0, 0.05);
        Assert.InRange(Exact.MaxDistance(model, exact.V, learned.V), 0, 0.2);
    }

    // The slippery lake has eight decision states and four actions. Soft VI at T = 0.5 is the oracle; the argument
    // for the tolerances is the one above, with ≈ 2,000–10,000 updates per state and returns of standard deviation ≈ 1.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void On_the_lake_the_entropy_regularized_policy_is_soft_value_iterations(int seed)
    {
        const double beta = 0.5;
        var model = new Lake { Penalty = -3 }.Compile();
        var exact = model.SoftValueIteration(beta);

        var learned = model.PolicyGradient(new PolicyGradientOptions { Episodes = 20_000, Entropy = beta, Seed = seed });

        Assert.InRange(Exact.MaxTotalVariation(model, exact.Policy, learned.Policy), 0, 0.05);
        Assert.InRange(Exact.MaxDistance(model, exact.V, learned.V), 0, 0.2);
    }

    [Fact]
    public void Without_a_baseline_the_soft_policy_is_the_same_fixed_point()
    {
        const double beta = 0.7;
        var model = new Detour { Stake = 2 }.Compile();
        var exact = model.SoftValueIteration(beta);

        // Without the baseline the signal is the soft return itself, of standard deviation ≈ 2.5 rather than ≈ 1.5,
        // so the stationary noise is ≈ 5/3 of the baseline's: 0.08 is about 3 of its ≈ 0.025.
        var learned = model.PolicyGradient(new PolicyGradientOptions { Episodes = 20_000, Entropy = beta, Baseline = false, Seed = 1 });

        Assert.InRange(Exact.MaxTotalVariation(model, exact.Policy, learned.Policy), 0, 0.08);
    }
}
