using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

public class SarsaTests
{
    [Fact]
    public void Greedy_policy_reaches_the_optimal_return_from_the_start()
    {
        var model = new Lake().Compile();
        var optimal = Exact.FromStart(model, model.ValueIteration().V);

        // With ε(n) = n^−0.5 over the visits n of each state the behaviour is greedy in the limit, so SARSA's Q tends
        // to Q*. After 20,000 episodes (≈ 70,000 steps, ≈ 10,000 visits per state) ε ≈ 0.01, the on-policy values
        // differ from Q* by about ε times the cost of a random action, and the estimates' noise is ≤ 0.07 as in the
        // Q-learning test: both well inside the 0.175 half-gap that separates each state's best action.
        var learned = model.Sarsa(new SarsaOptions
        {
            Episodes = 20_000,
            LearningRate = Schedule.Decaying(1, 0.7),
            Exploration = Schedule.Decaying(1, 0.5),
            Seed = 1,
        });

        // Exact evaluation of the greedy policy, so the gap is not blurred by sampled returns. A single wrong state
        // costs ≥ 0.16 from the start here, so 0.05 amounts to every state choosing an optimal action.
        var achieved = Exact.FromStart(model, model.PolicyEvaluation(learned.Policy).V);
        Assert.InRange(optimal - achieved, -1e-9, 0.05);
    }

    [Fact]
    public void With_a_constant_epsilon_Q_is_the_value_of_the_epsilon_greedy_behaviour()
    {
        const double epsilon = 0.5;
        var model = new Lake().Compile();
        // The exact oracle: policy iteration restricted to ε-greedy policies, each evaluated exactly, until the
        // greedy actions stop changing. Its Q is SARSA's fixed point, and lies far (≈ 2.1) from Q*.
        var onPolicy = EpsilonGreedyFixedPoint(model, epsilon);
        var optimal = model.ValueIteration().Q;
        Assert.True(Exact.MaxDistance(model, optimal, onPolicy) > 2);

        // 20,000 episodes of this behaviour are ≈ 120,000 steps, ≈ 17,000 visits per state; every action takes at
        // least ε/4 of them, ≥ 2,100 updates, α ≈ 2,100^−0.7 ≈ 0.0047. The target r + γ Q(s′, a′), with a′ drawn
        // from the behaviour, has a standard deviation ≤ 2.3, so the noise σ √(α/2) is ≤ 0.11: 0.4 allows ≈ 3.5
        // of them. Q-learning, learning Q* from the same behaviour, would miss by more than 2.
        var learned = model.Sarsa(new SarsaOptions
        {
            Episodes = 20_000,
            LearningRate = Schedule.Decaying(1, 0.7),
            Exploration = epsilon,
            Seed = 1,
        });

        Assert.InRange(Exact.MaxDistance(model, onPolicy, learned.Q), 0, 0.4);
    }

    private static ActionValues<Lake.Cell, Lake.Move> EpsilonGreedyFixedPoint(Lake.Model model, double epsilon)
    {
        var evaluation = model.PolicyEvaluation(model.UniformPolicy());
        var greedy = new Dictionary<Lake.Cell, Lake.Move>();
        while (true)
        {
            var q = evaluation.Q;
            var next = Exact.NonTerminal(model).ToDictionary(s => s, s => model.Actions.MaxBy(a => q[s, a]));
            if (next.All(kv => greedy.TryGetValue(kv.Key, out var a) && a == kv.Value))
                return q;
            greedy = next;
            evaluation = model.PolicyEvaluation(model.CreatePolicy((s, a) => epsilon / model.ActionCount + (greedy[s] == a ? 1 - epsilon : 0)));
        }
    }
}
