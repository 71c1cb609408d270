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
}
