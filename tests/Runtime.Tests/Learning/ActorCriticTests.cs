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
}
