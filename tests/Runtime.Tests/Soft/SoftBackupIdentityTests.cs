using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Soft;

/// <summary>
/// Soft value iteration's result must satisfy the soft backup it is defined by (Levine 2018, §4.2):
/// V(s) = T·log Σ_a exp(Q(s, a)/T) and π(a|s) = exp((Q(s, a) − V(s))/T), a distribution over the allowed actions.
/// </summary>
public class SoftBackupIdentityTests
{
    // V and π are computed by the solver from the very Q it returns, so only rounding separates the two sides:
    // a few ulps of values below 100 in magnitude, far under 1e-11.
    private const double RoundingTolerance = 1e-11;

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.2)]
    [InlineData(5.0)]
    public void Value_is_the_temperature_scaled_log_sum_exp_of_the_allowed_action_values(double temperature) =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var m = mdp.Arrays;
            var solution = ArrayModel.Compile(m, mdp.Discount).SoftValueIteration(temperature, tolerance: 1e-10);
            for (var s = 0; s < m.StateCount; s++)
            {
                var expected = m.Terminal[s]
                    ? 0
                    : Reference.SoftMaximum(AllowedActions(m, s).Select(a => solution.Q[s, (Act)a]).ToArray(), temperature);
                Approx.Equal(expected, solution.V[s], RoundingTolerance, $"V({s})");
            }
        });

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.2)]
    [InlineData(5.0)]
    public void Policy_is_the_exponentiated_advantage_and_sums_to_one(double temperature) =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var m = mdp.Arrays;
            var solution = ArrayModel.Compile(m, mdp.Discount).SoftValueIteration(temperature, tolerance: 1e-10);
            for (var s = 0; s < m.StateCount; s++)
            {
                if (m.Terminal[s])
                    continue;
                var total = 0.0;
                for (var a = 0; a < m.ActionCount; a++)
                {
                    var expected = m.Allowed[s, a] ? Math.Exp((solution.Q[s, (Act)a] - solution.V[s]) / temperature) : 0;
                    var actual = solution.Policy.Probability(s, (Act)a);
                    Approx.Equal(expected, actual, RoundingTolerance, $"π({(Act)a}|{s})");
                    total += actual;
                }
                Approx.Equal(1, total, RoundingTolerance, $"Σ_a π(a|{s})");
            }
        });

    [Fact]
    public void Terminal_states_have_value_zero_and_no_actions()
    {
        var m = SmallModels.Line(4);
        var solution = ArrayModel.Compile(m, 0.9).SoftValueIteration(1.0);
        Assert.Equal(0, solution.V[3]);
        Assert.True(solution.Policy.IsTerminal(3));
        Assert.Throws<InvalidOperationException>(() => solution.Policy.Distribution(3));
        // With A0 and A1 allowed and the terminal state one step away, state 2 must be valued above −1 + 0
        // (the soft maximum exceeds the hard one): a nonzero value checks that the zero above is not a default.
        Assert.True(solution.V[2] > -1);
    }

    private static IEnumerable<int> AllowedActions(MdpArrays m, int s) =>
        Enumerable.Range(0, m.ActionCount).Where(a => m.Allowed[s, a]);

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.3)]
    public void An_action_prior_gives_the_fixed_point_of_the_prior_weighted_backup(double temperature) =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var m = mdp.Arrays;
            var model = ArrayModel.Compile(m, mdp.Discount);
            // A prior that is far from uniform and differs by state: weights 1 … 4 over the allowed actions.
            double Weight(int s, int a) => m.Allowed[s, a] ? 1 + (3 * s + a) % 4 : 0;
            double Prior(int s, int a) => Weight(s, a) / Enumerable.Range(0, m.ActionCount).Sum(b => Weight(s, b));
            var prior = model.CreatePolicy((s, a) => Prior(s, (int)a));
            var solution = model.SoftValueIteration(temperature, tolerance: 1e-12, actionPrior: prior);

            // The reference folds the prior in as T·log p(a|s), the textbook form; the solver multiplies it in.
            var expected = Reference.FixedPoint(m, mdp.Discount, (s, q) => Reference.SoftMaximum(
                AllowedActions(m, s).Select(a => q[s, a] + temperature * Math.Log(Prior(s, a))).ToArray(), temperature));
            Approx.Values(expected, solution.V, 1e-9, "V with the prior");
        }, cases: 20);
}
