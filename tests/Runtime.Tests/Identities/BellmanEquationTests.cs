using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Identities;

/// <summary>
/// Every solver's Q must satisfy Q(s, a) = r(s, a) + γ Σ p(s'|s, a) V(s') with its own V, where the right side is
/// summed in the test from the arrays the model was built from (raw successor lists, duplicates unmerged).
/// </summary>
public class BellmanEquationTests
{
    // The iterative solvers return V one backup after the values Q was computed from; the two differ by at most
    // γ times the last residual, itself below ε(1 − γ)/2γ = 5e-11 for ε = 1e-10. The direct policy solve is exact
    // up to the rounding of a 12 × 12 elimination with condition number ≤ 1/(1 − γ) = 20.
    private const double IterativeTolerance = 1e-9;
    private const double DirectTolerance = 1e-10;

    [Fact]
    public void Value_iteration_action_values_satisfy_the_bellman_equation() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var solution = ArrayModel.Compile(mdp.Arrays, mdp.Discount).ValueIteration(tolerance: 1e-10);
            var expected = Reference.ActionValues(mdp.Arrays, mdp.Discount, solution.V.AsSpan().ToArray());
            Approx.ActionValues(expected, solution.Q, IterativeTolerance, "hard");
        });

    [Fact]
    public void Soft_value_iteration_action_values_satisfy_the_bellman_equation() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var solution = ArrayModel.Compile(mdp.Arrays, mdp.Discount).SoftValueIteration(0.5, tolerance: 1e-10);
            var expected = Reference.ActionValues(mdp.Arrays, mdp.Discount, solution.V.AsSpan().ToArray());
            Approx.ActionValues(expected, solution.Q, IterativeTolerance, "soft");
        });

    [Fact]
    public void Policy_evaluation_action_values_satisfy_the_bellman_equation() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var model = ArrayModel.Compile(mdp.Arrays, mdp.Discount);
            var solution = model.PolicyEvaluation(model.UniformPolicy());
            var expected = Reference.ActionValues(mdp.Arrays, mdp.Discount, solution.V.AsSpan().ToArray());
            Approx.ActionValues(expected, solution.Q, DirectTolerance, "uniform policy");
        });

    [Fact]
    public void Policy_evaluation_matches_iterating_the_policy_backup_to_its_fixed_point() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var m = mdp.Arrays;
            var model = ArrayModel.Compile(m, mdp.Discount);
            // π(a|s) = 1/(allowed actions in s): the uniform policy, written out independently of UniformPolicy().
            double Uniform(int s, int a) =>
                m.Allowed[s, a] ? 1.0 / Enumerable.Range(0, m.ActionCount).Count(b => m.Allowed[s, b]) : 0;
            var expected = Reference.FixedPoint(m, mdp.Discount, Reference.Expectation(m, Uniform));
            Approx.Values(expected, model.PolicyEvaluation(model.UniformPolicy()).V, DirectTolerance, "uniform policy");
        });

    [Fact]
    public void Rewards_that_depend_on_the_successor_enter_as_their_expectation()
    {
        // r(s, a, s') = −s' on the ring: Q(s, a) must use Σ p(s') · (−s'), not any single successor's reward.
        var m = SmallModels.Ring(5, 2);
        m.RewardOnEntry = (_, _, next) => -next;
        var model = ArrayModel.Compile(m, 0.8);
        Assert.True(model.Table.HasTransitionRewards);
        Approx.Equal(-(1 * 0.5 + 2 * 0.5), model.Reward(0, Act.A1), 1e-15, "r(0, A1)");

        var solution = model.ValueIteration(tolerance: 1e-10);
        var expected = Reference.ActionValues(m, 0.8, solution.V.AsSpan().ToArray());
        Approx.ActionValues(expected, solution.Q, IterativeTolerance, "successor-dependent reward");
    }
}
