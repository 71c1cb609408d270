using CsCheck;
using MdpDsl.Runtime.Tests.Solvers;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Soft;

/// <summary>
/// Soft policy evaluation, V(s) = Σ_a π(a|s) [Q(s, a) − T·log(π(a|s) / p(a|s))] with Q = r + γ P V, against a brute-force
/// sum over every trajectory of a tiny model, against the soft Bellman identity checked by the test's own arithmetic on
/// random MDPs, and against soft value iteration, whose values its own Boltzmann policy must reproduce.
/// </summary>
public class SoftPolicyEvaluationTests
{
    private const double T = 2;
    private const double Gamma = 0.9;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Finite_horizon_values_are_the_expected_entropy_augmented_return_over_every_trajectory(bool withPrior)
    {
        var arrays = Branching();
        var model = ArrayModel.Compile(arrays, Gamma);
        var policy = model.CreatePolicy((s, a) => Pi[s, (int)a]);
        var prior = withPrior ? model.CreatePolicy((s, a) => Prior[s, (int)a]) : null;
        Func<int, int, double> p = withPrior ? (s, a) => Prior[s, a] : (_, _) => 1;

        for (var horizon = 1; horizon <= 4; horizon++)
        {
            var solution = model.SoftPolicyEvaluation(policy, T, horizon, prior);
            for (var start = 0; start < arrays.StateCount; start++)
            {
                var expected = TrajectorySum(arrays, start, horizon, p);
                Approx.Equal(expected, solution.V[start], 1e-12, $"H = {horizon}, V({start})");
                // Q(s, a) is the return of taking a first and following π for the H − 1 steps after it.
                for (var a = 0; a < arrays.ActionCount; a++)
                {
                    if (arrays.Terminal[start] || !arrays.Allowed[start, a])
                        continue;
                    var afterwards = arrays.Successors[start, a].Sum(x => x.Probability * TrajectorySum(arrays, x.Next, horizon - 1, p));
                    Approx.Equal(arrays.Reward[start, a] + Gamma * afterwards, solution.Q[start, (Act)a], 1e-12, $"H = {horizon}, Q({start}, {(Act)a})");
                }
            }
        }
    }

    [Theory]
    [InlineData("masked")]
    [InlineData("unmasked")]
    [InlineData("deterministic")]
    public void Discounted_values_satisfy_the_soft_bellman_identity_for_random_policies(string kind) =>
        Property.ForAll(
            from mdp in SolverVariants.OfKind(kind)
            from weights in Gen.Double[0.05, 1].Array[mdp.Arrays.StateCount * mdp.Arrays.ActionCount]
            from temperature in Gen.Double[0.1, 3]
            select (mdp, weights, temperature),
            c =>
            {
                var (m, discount) = (c.mdp.Arrays, c.mdp.Discount);
                var model = ArrayModel.Compile(m, discount);
                var pi = RandomPolicy(m, c.weights);
                var solution = model.SoftPolicyEvaluation(model.CreatePolicy((s, a) => pi[s, (int)a]), c.temperature);
                var values = Enumerable.Range(0, m.StateCount).Select(s => solution.V[s]).ToArray();

                // Q = r + γ P V from the returned V, by the reference's own sums; then V = Σ π (Q − T log π) state by state.
                var q = Reference.ActionValues(m, discount, values);
                Approx.ActionValues(q, solution.Q, 1e-10, "Q = r + γ P V");
                for (var s = 0; s < m.StateCount; s++)
                {
                    var expected = m.Terminal[s] ? 0 : Enumerable.Range(0, m.ActionCount).Where(a => pi[s, a] > 0)
                        .Sum(a => pi[s, a] * (q[s, a] - c.temperature * Math.Log(pi[s, a])));
                    Approx.Equal(expected, values[s], 1e-10, $"V({s}) = Σ π (Q − T log π)");
                    for (var a = 0; a < m.ActionCount; a++)
                        Assert.Equal(pi[s, a], solution.Policy.Probability(s, (Act)a), 12);
                }
            },
            cases: 30);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Soft_value_iterations_boltzmann_policy_is_worth_soft_value_iterations_values(bool withPrior) =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            // V* = T log Σ p exp(Q*/T) and π* = p exp((Q* − V*)/T) give Σ π* (Q* − T log(π*/p)) = V*: the optimum is its own policy's value.
            var model = ArrayModel.Compile(mdp.Arrays, mdp.Discount);
            var prior = withPrior ? model.CreatePolicy((s, a) => PriorOver(mdp.Arrays, s, (int)a)) : null;
            var optimum = model.SoftValueIteration(0.7, 1e-12, actionPrior: prior);
            var evaluated = model.SoftPolicyEvaluation(optimum.Policy, 0.7, actionPrior: prior);
            Approx.Values(optimum.V.AsSpan().ToArray(), evaluated.V, 1e-9, "V^π* vs V*");
        });

    [Fact]
    public void Undiscounted_evaluation_of_a_policy_that_ends_matches_a_long_finite_horizon()
    {
        // The line 0 … 5 (5 terminal): each state steps right with probability ¾ and stays with ¼, so the episode ends
        // and the undiscounted soft value is finite; 2,000 steps leave (¼)^k-small tails only.
        var model = ArrayModel.Compile(SmallModels.Line(6), 1);
        var policy = model.CreatePolicy((s, a) => a == Act.A0 ? 0.75 : 0.25);
        var stationary = model.SoftPolicyEvaluation(policy, 0.5);
        var finite = model.SoftPolicyEvaluation(policy, 0.5, horizon: 2000);
        Approx.Values(finite.V.AsSpan().ToArray(), stationary.V, 1e-9, "γ = 1");
        // Each step costs 1 and earns the entropy bonus T·H(¾, ¼); the expected number of steps from state s is (5 − s)·4/3.
        var bonus = -0.5 * (0.75 * Math.Log(0.75) + 0.25 * Math.Log(0.25));
        for (var s = 0; s < 5; s++)
            Approx.Equal((5 - s) * 4.0 / 3 * (bonus - 1), stationary.V[s], 1e-12, $"V({s})");
    }

    [Fact]
    public void Another_models_policy_or_prior_is_refused_naming_the_parameter()
    {
        var model = ArrayModel.Compile(SmallModels.Ring(), 0.9);
        var other = ArrayModel.Compile(SmallModels.Ring(), 0.9);
        var policyError = Assert.Throws<ArgumentException>(() => model.SoftPolicyEvaluation(other.UniformPolicy()));
        Assert.Equal("policy", policyError.ParamName);
        Assert.Contains("another compiled model", policyError.Message);
        var priorError = Assert.Throws<ArgumentException>(() => model.SoftPolicyEvaluation(model.UniformPolicy(), actionPrior: other.UniformPolicy()));
        Assert.Equal("actionPrior", priorError.ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_temperature_that_is_not_positive_and_finite_is_refused_with_its_value(double temperature)
    {
        var model = ArrayModel.Compile(SmallModels.Ring(), 0.9);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => model.SoftPolicyEvaluation(model.UniformPolicy(), temperature));
        Assert.Equal("temperature", error.ParamName);
        Assert.Equal(temperature, error.ActualValue);
    }

    [Fact]
    public void Without_discounting_a_policy_that_never_ends_is_refused_naming_the_state()
    {
        // On the line 0 … 5, staying put in state 2 means never reaching the end from states 0, 1 and 2.
        var model = ArrayModel.Compile(SmallModels.Line(6), 1);
        var error = Assert.Throws<ArgumentException>(() => model.SoftPolicyEvaluation(model.CreatePolicy(s => s == 2 ? Act.A1 : Act.A0)));
        Assert.Equal("policy", error.ParamName);
        Assert.Matches(@"\bstate 0\b", error.Message);
    }

    [Fact]
    public void A_policy_that_takes_an_action_the_prior_excludes_is_refused_naming_state_action_and_probability()
    {
        var model = ArrayModel.Compile(SmallModels.Ring(4, 2), 0.9);
        var prior = model.CreatePolicy((s, a) => s == 3 ? (a == Act.A0 ? 1 : 0) : 0.5);
        var error = Assert.Throws<ArgumentException>(() => model.SoftPolicyEvaluation(model.CreatePolicy((s, a) => a == Act.A0 ? 0.75 : 0.25), actionPrior: prior));
        Assert.Equal("policy", error.ParamName);
        Assert.Contains("action A1 in state 3 the probability 0.25", error.Message);
    }

    /// <summary>π of <see cref="Branching"/>: state 1 allows only A0.</summary>
    private static readonly double[,] Pi = { { 0.3, 0.7 }, { 1, 0 }, { 0, 0 } };

    private static readonly double[,] Prior = { { 0.6, 0.4 }, { 1, 0 }, { 0, 0 } };

    /// <summary>
    /// States 0 and 1 and the terminal state 2. From 0: A0 (r = −1) to 1 or 2 with ½ each, A1 (r = 0.5) back to 0 with
    /// 0.8 or to 1; from 1 only A0 (r = 1) to 0 with 0.3 or 2.
    /// </summary>
    private static MdpArrays Branching()
    {
        var m = new MdpArrays(3, 2);
        m.Terminal[2] = true;
        m.Allowed[1, 1] = false;
        m.Set(0, Act.A0, -1, (1, 0.5), (2, 0.5));
        m.Set(0, Act.A1, 0.5, (0, 0.8), (1, 0.2));
        m.Set(1, Act.A0, 1, (0, 0.3), (2, 0.7));
        return m;
    }

    /// <summary>
    /// Σ over every trajectory s₀ a₀ s₁ … of H steps from <paramref name="start"/> (cut short at a terminal state) of its
    /// probability times Σ_t γ^t [r(s_t, a_t) − T·log(π(a_t|s_t) / p(a_t|s_t))], enumerated one trajectory at a time.
    /// </summary>
    private static double TrajectorySum(MdpArrays m, int start, int horizon, Func<int, int, double> prior)
    {
        var total = 0.0;
        var stack = new Stack<(int State, int Step, double Probability, double Return)>();
        stack.Push((start, 0, 1, 0));
        while (stack.Count > 0)
        {
            var (s, t, probability, value) = stack.Pop();
            if (t == horizon || m.Terminal[s])
            {
                total += probability * value;
                continue;
            }
            for (var a = 0; a < m.ActionCount; a++)
            {
                if (Pi[s, a] == 0)
                    continue;
                var reward = Math.Pow(Gamma, t) * (m.Reward[s, a] - T * Math.Log(Pi[s, a] / prior(s, a)));
                foreach (var (next, p) in m.Successors[s, a])
                    stack.Push((next, t + 1, probability * Pi[s, a] * p, value + reward));
            }
        }
        return total;
    }

    /// <summary>π(a|s) ∝ the weight on the allowed actions, 0 elsewhere and in terminal states.</summary>
    private static double[,] RandomPolicy(MdpArrays m, double[] weights)
    {
        var pi = new double[m.StateCount, m.ActionCount];
        for (var s = 0; s < m.StateCount; s++)
        {
            if (m.Terminal[s])
                continue;
            var total = Enumerable.Range(0, m.ActionCount).Where(a => m.Allowed[s, a]).Sum(a => weights[s * m.ActionCount + a]);
            for (var a = 0; a < m.ActionCount; a++)
                pi[s, a] = m.Allowed[s, a] ? weights[s * m.ActionCount + a] / total : 0;
        }
        return pi;
    }

    /// <summary>A prior that favours lower actions: p(a|s) ∝ 1/(a + 1) over the allowed actions.</summary>
    internal static double PriorOver(MdpArrays m, int s, int a)
    {
        if (m.Terminal[s] || !m.Allowed[s, a])
            return 0;
        return 1.0 / (a + 1) / Enumerable.Range(0, m.ActionCount).Where(b => m.Allowed[s, b]).Sum(b => 1.0 / (b + 1));
    }
}
