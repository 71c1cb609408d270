using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Identities;

/// <summary>Value iteration against two independent answers: a test-side value iteration, and evaluation of its own greedy policy.</summary>
public class OptimalityTests
{
    [Fact]
    public void Value_iteration_equals_the_evaluation_of_its_own_greedy_policy() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var model = ArrayModel.Compile(mdp.Arrays, mdp.Discount);
            var optimal = model.ValueIteration(tolerance: 1e-10);
            var greedy = model.PolicyEvaluation(optimal.Policy);
            // V is within δ = ε/2 of V*, and the greedy policy of such a V within 2γδ/(1 − γ) ≤ 1e-9 (γ ≤ 0.95).
            Approx.Values(greedy.V.AsSpan().ToArray(), optimal.V, 1e-8, "V_VI vs V^greedy");
        });

    [Theory]
    [InlineData(1e-3)]
    [InlineData(1e-6)]
    public void Value_iteration_stops_within_half_the_tolerance_of_the_optimal_values(double tolerance) =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            // The documented stopping rule (largest change below ε(1 − γ)/2γ) guarantees ‖V − V*‖ ≤ ε/2;
            // V* comes from the test's own value iteration run to the last bit.
            var expected = Reference.FixedPoint(mdp.Arrays, mdp.Discount, Reference.Hard(mdp.Arrays));
            var solution = ArrayModel.Compile(mdp.Arrays, mdp.Discount).ValueIteration(tolerance);
            Assert.True(solution.Converged);
            Approx.Values(expected, solution.V, tolerance / 2, $"ε = {tolerance}");
        });

    [Theory]
    [InlineData(1e-3)]
    [InlineData(1e-6)]
    public void Soft_value_iteration_stops_within_half_the_tolerance_of_its_fixed_point(double tolerance) =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var expected = Reference.FixedPoint(mdp.Arrays, mdp.Discount, Reference.Soft(mdp.Arrays, 0.3));
            var solution = ArrayModel.Compile(mdp.Arrays, mdp.Discount).SoftValueIteration(0.3, tolerance);
            Assert.True(solution.Converged);
            Approx.Values(expected, solution.V, tolerance / 2, $"ε = {tolerance}");
        });
}
