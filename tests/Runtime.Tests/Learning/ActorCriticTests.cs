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
    // faster timescale (n^−0.6 against the actor's 0.5·n^−0.8) so that its V is the current policy's. After 20,000
    // episodes (≈ 30,000 updates per state) the critic's step is ≈ 2e−3 and the actor's ≈ 1.3e−4; TD errors of
    // standard deviation ≈ 1 leave the critic a noise of ≈ 0.03 and the actor's lag dominates its error, which over
    // seeds 1–8 stayed below 0.025 in total variation and 0.065 in V: the bounds are twice those.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void At_a_temperature_the_policy_and_critic_are_soft_value_iterations(int seed)
    {
        const double temperature = 0.7;
        var model = new Detour { Stake = 2 }.Compile();
        var exact = model.SoftValueIteration(temperature);

        var learned = model.ActorCritic(new ActorCriticOptions
        {
            Episodes = 20_000,
            Temperature = temperature,
            LearningRate = Schedule.Decaying(1, 0.6),
            ActorLearningRate = Schedule.Decaying(0.5, 0.8),
            Seed = seed,
        });

        Assert.InRange(Exact.MaxTotalVariation(model, exact.Policy, learned.Policy), 0, 0.05);
        Assert.InRange(Exact.MaxDistance(model, exact.V, learned.V), 0, 0.13);
    }
}
