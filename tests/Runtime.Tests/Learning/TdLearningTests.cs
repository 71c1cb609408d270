using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

public class TdLearningTests
{
    [Fact]
    public void Values_converge_to_policy_evaluations()
    {
        var model = new Lake().Compile();
        var policy = model.UniformPolicy();
        var exact = model.PolicyEvaluation(policy);

        // The random walker takes ≈ 12 steps per episode: 20,000 episodes are ≈ 240,000 steps, ≈ 35,000 updates per
        // state, α = 35,000^−0.7 ≈ 6.6e−4. The target r + γ V^π(s′) has a standard deviation ≤ 3.1 (largest beside the
        // hole), so the stationary noise σ √(α/2) of one estimate is ≤ 0.056; 0.2 leaves ≈ 3.5 such deviations,
        // room for the noise each estimate inherits from the neighbours it bootstraps on.
        var learned = model.TdLearning(policy, new TdOptions { Episodes = 20_000, LearningRate = Schedule.Decaying(1, 0.7), Seed = 1 });

        Assert.InRange(Exact.MaxDistance(model, exact.V, learned.V), 0, 0.2);
    }

    [Fact]
    public void Prediction_errors_start_at_the_reward_and_vanish_once_it_is_predicted()
    {
        var model = Chain.Compile();
        var policy = model.UniformPolicy();
        var learned = model.TdLearning(policy, new TdOptions { Episodes = 200, LearningRate = 0.5 });

        // V starts at 0 and no link repeats within an episode, so the first episode's δ are the rewards themselves.
        Assert.Equal(new[] { 0.0, 0, 0, 1 }, learned.PredictionErrors[0]);
        // Deterministic and undiscounted, V^π = 1 at every link before the reward. The estimate k links before the
        // reward is off by at most C(n, k) 2^−n after n episodes at α = ½, below 200⁴ · 2^−200 ≈ 1e−51: only
        // rounding is left, in the value and in the last episode's δ alike.
        Assert.InRange(Exact.MaxDistance(model, model.PolicyEvaluation(policy).V, learned.V), 0, 1e-12);
        Assert.All(learned.PredictionErrors[^1], delta => Assert.InRange(delta, -1e-12, 1e-12));
    }

    [Fact]
    public void One_prediction_error_is_kept_per_step()
    {
        var model = new Lake().Compile();
        var learned = model.TdLearning(model.UniformPolicy(), new TdOptions { Episodes = 50 });

        Assert.Equal(50, learned.PredictionErrors.Count);
        Assert.Equal(learned.Steps, learned.PredictionErrors.Sum(e => e.Count));
    }
}
