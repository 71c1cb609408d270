using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

public class ActorCriticTests
{
    [Fact]
    public void Stochastic_policy_reaches_the_optimal_return_from_the_start_within_a_gap()
    {
        var model = new Lake().Compile();
        var exact = model.ValueIteration();
        var optimal = Exact.FromStart(model, exact.V);

        // A softmax actor never becomes deterministic; it approaches it. An action b with advantage −Δ_b loses
        // preference at a rate α_a Δ_b π(b|s), so after n updates of its state π(b|s) ≈ 1/(α_a Δ_b n) and costs
        // ≈ π(b|s) Δ_b ≈ 1/(α_a n) per step whatever its Δ_b. 5,000 episodes are ≈ 18,000 steps, n ≈ 2,500
        // per state; with α_a = 0.05, three wrong actions and ≈ 3.6 steps per episode the return lost is
        // ≈ 3 · 3.6 / (0.05 · 2,500) ≈ 0.09: hence a gap of 0.1. The critic runs four times faster than the actor
        // (0.2 against 0.05) so that δ measures the actor's current policy.
        var learned = model.ActorCritic(new ActorCriticOptions
        {
            Episodes = 5_000,
            LearningRate = 0.2,
            ActorLearningRate = 0.05,
            Seed = 1,
        });

        var achieved = Exact.FromStart(model, model.PolicyEvaluation(learned.Policy).V);
        Assert.InRange(optimal - achieved, -1e-9, 0.1);
    }

    // The soft critic learns V^π with the bonus −T log π(a|s) on each step, and the actor follows the exact
    // entropy-regularized gradient, so both tend to soft value iteration's answer at T. The critic runs on the
    // faster timescale (n^−0.55 against the actor's n^−0.7) so that its V is the current policy's. After 20,000
    // episodes the least-updated state of either task has had ≈ 15,000 updates: the critic's step is then ≈ 5e−3,
    // and soft TD errors of standard deviation ≈ 1 leave it a noise of ≈ √(5e−3 / 2) ≈ 0.05; 0.15 is 3 of those.
    // The actor's step is ≈ 1e−3 there; its logits' noise ≈ √(1e−3 / 2) ≈ 0.02 moves the policy by ≈ 0.01 in total
    // variation; 0.05 leaves room for the actor's lag behind the critic.
    private static readonly ActorCriticOptions SoftOptions = new()
    {
        Episodes = 20_000,
        LearningRate = Schedule.Decaying(1, 0.55),
        ActorLearningRate = Schedule.Decaying(1, 0.7),
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void At_a_temperature_the_policy_and_critic_of_a_two_state_task_are_soft_value_iterations(int seed)
    {
        const double temperature = 0.7;
        var model = new Detour { Stake = 2 }.Compile();
        var exact = model.SoftValueIteration(temperature);

        var learned = model.ActorCritic(SoftOptions with { Temperature = temperature, Seed = seed });

        Assert.InRange(Exact.MaxTotalVariation(model, exact.Policy, learned.Policy), 0, 0.05);
        Assert.InRange(Exact.MaxDistance(model, exact.V, learned.V), 0, 0.15);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void At_a_temperature_the_policy_and_critic_on_the_lake_are_soft_value_iterations(int seed)
    {
        const double temperature = 0.5;
        var model = new Lake { Penalty = -3 }.Compile();
        var exact = model.SoftValueIteration(temperature);

        var learned = model.ActorCritic(SoftOptions with { Temperature = temperature, Seed = seed });

        Assert.InRange(Exact.MaxTotalVariation(model, exact.Policy, learned.Policy), 0, 0.05);
        Assert.InRange(Exact.MaxDistance(model, exact.V, learned.V), 0, 0.15);
    }
}
