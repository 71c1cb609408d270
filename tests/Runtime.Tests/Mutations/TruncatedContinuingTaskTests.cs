using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Mutations;

/// <summary>
/// A continuing task (no terminal state) cut into episodes of two steps: half of all updates happen at a truncation,
/// where the state's value is not 0 and the target must still bootstrap, r + γ·B(s′). A learner that treated the
/// cut as the end of the task would learn Q(s, a) = r(s, a) at those steps and miss Q* by O(1).
/// </summary>
/// <remarks>
/// Why the tolerance can be 1e-9: dynamics and rewards are deterministic, so each learner's target is a deterministic
/// function of its current Q (max for Q-learning, the soft maximum for soft Q-learning, and — with one action per
/// state — the only action for SARSA). With a constant step size α = 0.5 each update is a relaxed Bellman backup of
/// one pair, which shrinks that pair's error from the fixed point by at least a factor 1 − α(1 − γ) = 0.75; every pair
/// is updated thousands of times, so what is left is rounding.
/// </remarks>
public class TruncatedContinuingTaskTests
{
    private const double Gamma = 0.5;
    private const double Tolerance = 1e-9;

    [Fact]
    public void Q_learning_learns_q_star_across_truncations()
    {
        var model = ArrayModel.Compile(TwoStates(), Gamma);
        var learned = model.QLearning(new QLearningOptions { Episodes = 20_000, StepLimit = 2, LearningRate = 0.5, Exploration = 0.5, Seed = 3 });

        // Q* by hand: staying in 1 earns 1 forever, V*(1) = 1/(1 − γ) = 2; from 0 switching is best, V*(0) = γ·2 = 1.
        AssertQ(new[,] { { 0.5, 1.0 }, { 2.0, 1.5 } }, learned.Q, "Q-learning");
        AssertQ(Table(model.ValueIteration(1e-12).Q), learned.Q, "Q-learning vs value iteration");
    }

    [Fact]
    public void Soft_q_learning_learns_soft_q_star_across_truncations()
    {
        var model = ArrayModel.Compile(TwoStates(), Gamma);
        var learned = model.SoftQLearning(new SoftQLearningOptions { Episodes = 20_000, StepLimit = 2, LearningRate = 0.5, Temperature = 0.7, Seed = 3 });

        AssertQ(Table(model.SoftValueIteration(0.7, 1e-12).Q), learned.Q, "soft Q-learning vs soft value iteration");
    }

    [Fact]
    public void Sarsa_learns_the_value_of_its_policy_across_truncations()
    {
        // One action per state: 0 → 1 for reward 0, 1 → 0 for reward 1. V(0) = γ V(1), V(1) = 1 + γ V(0), so
        // V(1) = 1 / (1 − γ²) = 4/3 and V(0) = 2/3.
        var m = new MdpArrays(2, 1);
        m.Set(0, Act.A0, 0, (1, 1.0)).Set(1, Act.A0, 1, (0, 1.0));
        m.Initial.AddRange([(0, 0.5), (1, 0.5)]);
        var learned = ArrayModel.Compile(m, Gamma).Sarsa(new SarsaOptions { Episodes = 20_000, StepLimit = 2, LearningRate = 0.5, Seed = 3 });

        AssertQ(new[,] { { 2.0 / 3 }, { 4.0 / 3 } }, learned.Q, "SARSA");
    }

    /// <summary>
    /// Two states, no terminal: A0 stays, A1 switches; being in state 1 pays 1, in state 0 nothing. Episodes start in
    /// either state.
    /// </summary>
    private static MdpArrays TwoStates()
    {
        var m = new MdpArrays(2, 2);
        m.Set(0, Act.A0, 0, (0, 1.0)).Set(0, Act.A1, 0, (1, 1.0));
        m.Set(1, Act.A0, 1, (1, 1.0)).Set(1, Act.A1, 1, (0, 1.0));
        m.Initial.AddRange([(0, 0.5), (1, 0.5)]);
        return m;
    }

    private static double[,] Table(ActionValues<int, Act> q)
    {
        var table = new double[2, 2];
        for (var s = 0; s < 2; s++)
        {
            for (var a = 0; a < 2; a++)
                table[s, a] = q[s, (Act)a];
        }
        return table;
    }

    private static void AssertQ(double[,] expected, ActionValues<int, Act> learned, string what)
    {
        for (var s = 0; s < expected.GetLength(0); s++)
        {
            for (var a = 0; a < expected.GetLength(1); a++)
                Approx.Equal(expected[s, a], learned[s, (Act)a], Tolerance, $"{what}: Q({s}, A{a})");
        }
    }
}
