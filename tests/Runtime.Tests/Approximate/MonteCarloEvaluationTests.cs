using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Approximate;

public class MonteCarloEvaluationTests
{
    [Fact]
    public void A_fixed_policy_scores_its_exact_value_within_a_few_standard_errors()
    {
        var model = new Lake().Compile();
        static Lake.Move Choose(Lake.Cell s) => s.X < 2 ? Lake.Move.Right : Lake.Move.Up;
        var exact = model.PolicyEvaluation(model.CreatePolicy(Choose));
        var start = model.InitialDistribution.Sum(p => p.Probability * exact.V[p.State]);

        var estimate = model.CreateSimulator().Evaluate(Choose, episodes: 4_000, seed: 1);

        // The rollouts are independent, so the mean is within 4 standard errors of the expectation but once in 15,000.
        Assert.InRange(estimate.Mean - start, -4 * estimate.StandardError, 4 * estimate.StandardError);
        Assert.InRange(estimate.StandardError, 1e-3, 0.5);
        Assert.Equal(4_000, estimate.Episodes);
    }

    [Fact]
    public void A_learned_policy_is_scored_by_its_own_draws_and_the_same_seed_repeats_the_score()
    {
        var model = new Lake { Penalty = -3 }.Compile();
        var uniform = model.UniformPolicy();
        var exact = model.PolicyEvaluation(uniform);
        var start = model.InitialDistribution.Sum(p => p.Probability * exact.V[p.State]);
        var encoder = new IndexOneHot<Lake.Cell>(Lake.IndexOf, Lake.StateCount);
        // An actor that has not learned is the uniform policy.
        var untrained = model.CreateSimulator().Sac(
            new LinearSoftCritic<Lake.Cell>(encoder, Lake.ActionCount), new LinearSoftActor<Lake.Cell>(encoder, Lake.ActionCount),
            new SacOptions { Episodes = 1, BatchSize = 1_000, ReplayCapacity = 1_000 });
        var simulator = model.CreateSimulator();

        var estimate = simulator.Evaluate(untrained.Policy, episodes: 4_000, seed: 2);

        Assert.InRange(estimate.Mean - start, -4 * estimate.StandardError, 4 * estimate.StandardError);
        Assert.Equal(estimate, simulator.Evaluate(untrained.Policy, episodes: 4_000, seed: 2));
    }

    [Fact]
    public void Too_few_rollouts_or_a_bad_discount_are_refused()
    {
        var simulator = new Lake().Compile().CreateSimulator();
        Assert.Equal("episodes", Assert.Throws<ArgumentOutOfRangeException>(() => simulator.Evaluate(_ => Lake.Move.Up, 1, 0)).ParamName);
        Assert.Equal("discount", Assert.Throws<ArgumentOutOfRangeException>(() => simulator.Evaluate(_ => Lake.Move.Up, 10, 0, discount: 0)).ParamName);
    }
}
