using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

public class SoftQLearningTests
{
    private const double Temperature = 0.5;

    [Fact]
    public void Q_is_within_a_max_norm_tolerance_of_soft_value_iterations()
    {
        // A milder hole (−3) at T = 0.5 keeps every action's soft-optimal probability at ≥ 0.05, so the Boltzmann
        // behaviour keeps trying every pair; with the −10 hole some pairs would be tried once in ten thousand visits.
        var model = new Lake { Penalty = -3 }.Compile();
        var exact = model.SoftValueIteration(Temperature);
        Assert.True(Exact.NonTerminal(model).All(s => model.Actions.All(a => exact.Policy.Probability(s, a) >= 0.05)));

        var learned = model.SoftQLearning(new SoftQLearningOptions
        {
            Episodes = 20_000,
            Temperature = Temperature,
            LearningRate = Schedule.Decaying(1, 0.7),
            Seed = 1,
        });

        // 20,000 episodes are about 120,000 steps over 28 pairs; the least-tried pair (probability ≥ 0.05 in a state
        // visited ≥ 17,000 times) gets ≥ 850 updates, α = 850^−0.7 ≈ 0.009. The soft target r + γ V(s′) has a
        // standard deviation ≤ 0.57 here, so a pair's stationary noise σ √(α/2) is ≤ 0.04; bootstrapping on
        // neighbours as noisy can about double it. 0.15 is ≈ 2 × 2 × 0.04 with room for the maximum over 28 pairs.
        Assert.InRange(Exact.MaxDistance(model, exact.Q, learned.Q), 0, 0.15);
    }

    [Fact]
    public void V_and_the_policy_are_the_soft_backup_of_the_learned_Q()
    {
        var model = new Lake { Penalty = -3 }.Compile();
        var learned = model.SoftQLearning(new SoftQLearningOptions { Episodes = 100, Temperature = Temperature });

        foreach (var s in Exact.NonTerminal(model))
        {
            var q = model.Actions.Select(a => learned.Q[s, a]).ToArray();
            var max = q.Max();
            var v = max + Temperature * Math.Log(q.Sum(x => Math.Exp((x - max) / Temperature)));
            // Both sides are the same few floating-point operations in a different order: a few ulps of |V| < 10.
            Assert.Equal(v, learned.V[s], 1e-12);
            foreach (var a in model.Actions)
                Assert.Equal(Math.Exp((learned.Q[s, a] - v) / Temperature), learned.Policy.Probability(s, a), 1e-12);
        }
    }
}
