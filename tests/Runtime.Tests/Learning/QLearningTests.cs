using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

public class QLearningTests
{
    [Fact]
    public void Greedy_policy_equals_value_iterations()
    {
        var model = new Lake().Compile();
        var exact = model.ValueIteration();
        // The premise that makes the test sharp: every state's best action beats the runner-up by at least 0.35,
        // so the greedy policy is right as soon as those two estimates are each within 0.175 of Q*.
        Assert.True(Exact.SmallestActionGap(model, exact.Q) >= 0.35);

        // 20,000 episodes are about 85,000 steps, some 12,000 visits per state. The greedy action gets most of them
        // (≈ 9,000 updates, α = n^−0.7 ≈ 0.0017) and its target r + γ V*(s′) has a standard deviation ≤ 2.3, so its
        // stationary noise σ √(α/2) is ≤ 0.07; with ε = 0.2 a runner-up is still tried in 5 % of the visits (≈ 600
        // updates, α ≈ 0.011) with σ ≤ 0.6, noise ≤ 0.05. Both lie well inside the 0.175 margin.
        var learned = model.QLearning(new QLearningOptions
        {
            Episodes = 20_000,
            LearningRate = Schedule.Decaying(1, 0.7),
            Exploration = 0.2,
            Seed = 1,
        });

        foreach (var s in Exact.NonTerminal(model))
            Assert.Equal(exact.Policy.Act(s), learned.Policy.Act(s));
    }

    [Fact]
    public void Disallowed_actions_have_value_minus_infinity_and_no_probability()
    {
        var model = new Loop().Compile();
        var learned = model.QLearning(new QLearningOptions { Episodes = 5, StepLimit = 50 });

        Assert.Equal(double.NegativeInfinity, learned.Q[new Loop.Spot(1), Loop.Go.Jump]);
        Assert.Equal(0, learned.Policy.Probability(new Loop.Spot(1), Loop.Go.Jump));
        Assert.True(double.IsFinite(learned.Q[new Loop.Spot(0), Loop.Go.Jump]));
    }

    [Fact]
    public void The_same_seed_learns_the_same_values()
    {
        var model = new Lake().Compile();
        var options = new QLearningOptions { Episodes = 200, Seed = 7 };

        var first = model.QLearning(options);
        var second = model.QLearning(options);
        var other = model.QLearning(options with { Seed = 8 });

        Assert.Equal(first.Q.AsSpan().ToArray(), second.Q.AsSpan().ToArray());
        Assert.Equal(first.Returns, second.Returns);
        Assert.NotEqual(first.Returns, other.Returns);
    }
}
