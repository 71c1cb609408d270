using MdpDsl.Runtime.Tests.TestModels;
using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

public class SacTests
{
    private const double Temperature = 0.5;

    // 2,000 episodes are ≈ 12,500 steps, each replaying 16 transitions: ≈ 200,000 critic updates, ≥ 1,000 for the
    // least-replayed of the 28 pairs (α = 1,000^−0.7 ≈ 0.008). With soft targets of standard deviation ≤ 0.57 (as in
    // the soft Q-learning test) the critic's noise σ √(α/2) is ≤ 0.04. A softmax at temperature α moves by at most
    // ‖ΔQ‖∞ / α in total variation, so a critic that good gives an actor within 0.08 of soft VI's: hence 0.1.
    private static readonly SacOptions Options = new()
    {
        Episodes = 2_000,
        Temperature = Temperature,
        LearningRate = Schedule.Decaying(1, 0.7),
        ActorLearningRate = 0.1,
        BatchSize = 16,
        TargetSmoothing = 0.05,
        Seed = 1,
    };

    [Fact]
    public void At_a_fixed_temperature_the_policy_is_within_a_total_variation_of_soft_value_iterations()
    {
        var model = new Lake { Penalty = -3 }.Compile();
        var exact = model.SoftValueIteration(Temperature);

        var learned = model.Sac(Options);

        Assert.InRange(Exact.MaxTotalVariation(model, exact.Policy, learned.Policy), 0, 0.1);
        Assert.Equal(Temperature, learned.Temperature);
        // V is the soft value of the learned actor under the learned critic (not its lagging target copy):
        // V(s) = Σ_a π(a|s) (Q(s, a) − T log π(a|s)).
        foreach (var s in Exact.NonTerminal(model))
        {
            var soft = model.Actions
                .Where(a => learned.Policy.Probability(s, a) > 0)
                .Sum(a => learned.Policy.Probability(s, a) * (learned.Q[s, a] - Temperature * Math.Log(learned.Policy.Probability(s, a))));
            Approx.Equal(soft, learned.V[s], 1e-12, $"V({s})");
        }
    }

    [Fact]
    public void A_linear_critic_and_actor_plug_in_and_reach_the_same_tolerance()
    {
        var model = new Lake { Penalty = -3 }.Compile();
        var exact = model.SoftValueIteration(Temperature);
        var features = new BiasAndIndicators(model.StateCount);

        // The features span every function of the state, so soft VI's Q and logits are representable and the
        // tabular argument carries over: each normalized step moves the estimate at the updated state exactly as a
        // table would, and the shared bias spreads it over the rest without changing the fixed point.
        var learned = model.Sac(Options, new LinearSoftCritic<int>(features, model.ActionCount, bias: false), new LinearSoftActor<int>(features, model.ActionCount, bias: false));

        Assert.InRange(Exact.MaxTotalVariation(model, exact.Policy, learned.Policy), 0, 0.1);
    }

    [Fact]
    public void Automatic_temperature_reaches_the_target_entropy_on_the_bandit()
    {
        const double targetEntropy = 0.8;
        var model = Bandit.Compile();
        // On one decision state the tuned temperature is the α* whose softmax of the arm means has the target entropy.
        var expected = SolveForTemperature(targetEntropy);

        var learned = model.Sac(new SacOptions
        {
            Episodes = 5_000,
            Temperature = 1,
            TargetEntropy = targetEntropy,
            TemperatureLearningRate = 0.01,
            LearningRate = Schedule.Decaying(1, 0.7),
            Seed = 1,
        });

        // The critic's Q(a) is the mean of arm a's pulls: at α* ≈ 0.18 the arms are pulled with probabilities
        // 0.03, 0.08, 0.14, 0.75, i.e. ≈ 135 to 3,750 times in 5,000 episodes, standard errors 0.035 down to 0.007.
        // Through the softmax's 1/α these move the policy's entropy by ≈ 0.03 (root-sum-square of the four arms'
        // contributions), which the temperature then compensates: dH/dlog α ≈ 0.83 at α*, so log α moves by ≈ 0.04.
        // The tolerances are ≈ 3 of those deviations.
        // Each arm's Q is a mean of its pulls' rewards (nothing follows the terminal outcome): within ≈ 3.5
        // standard errors (0.035 for the rarest arm) of its win probability.
        foreach (var arm in model.Actions)
            Assert.InRange(learned.Q[Bandit.Phase.Ready, arm] - Bandit.WinProbabilities[(int)arm], -0.12, 0.12);
        var policy = model.Actions.Select(a => learned.Policy.Probability(Bandit.Phase.Ready, a)).ToArray();
        Assert.InRange(Entropy(policy), targetEntropy - 0.1, targetEntropy + 0.1);
        Assert.InRange(Math.Log(learned.Temperature / expected), -0.12, 0.12);
    }

    /// <summary>The temperature α* at which the softmax of the arm means has the given entropy.</summary>
    internal static double SolveForTemperature(double entropy)
    {
        // H(softmax(p/α)) increases with α: bisect on log α.
        double low = 1e-3, high = 1e3;
        for (var i = 0; i < 200; i++)
        {
            var mid = Math.Sqrt(low * high);
            (low, high) = Entropy(Softmax(mid)) < entropy ? (mid, high) : (low, mid);
        }
        return low;
    }

    private static double[] Softmax(double temperature)
    {
        var weights = Bandit.WinProbabilities.Select(p => Math.Exp(p / temperature)).ToArray();
        return weights.Select(w => w / weights.Sum()).ToArray();
    }

    internal static double Entropy(double[] probabilities) => -probabilities.Where(p => p > 0).Sum(p => p * Math.Log(p));
}
