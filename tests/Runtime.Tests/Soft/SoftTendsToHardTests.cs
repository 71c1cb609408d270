using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Soft;

/// <summary>
/// The soft backup is never below the hard one and exceeds it by at most T·log m (m allowed actions), so soft
/// values dominate hard values and approach them as T → 0. Because both operators are γ-contractions, the per-step
/// gap compounds: 0 ≤ V_soft − V_hard ≤ T·log m / (1 − γ). (A bound of T·log m alone would be false for γ &lt; 1:
/// <see cref="The_gap_bound_is_attained_by_a_state_whose_actions_all_loop"/> attains T·log m / (1 − γ).)
/// </summary>
public class SoftTendsToHardTests
{
    // Both solvers stop within ε/2 of their fixed points (ε = 1e-10); 1e-9 covers both errors with room.
    private const double SolverTolerance = 1e-9;

    [Fact]
    public void Soft_values_are_at_least_the_hard_values_in_every_state() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var model = ArrayModel.Compile(mdp.Arrays, mdp.Discount);
            var hard = model.ValueIteration(tolerance: 1e-10);
            var soft = model.SoftValueIteration(1.0, tolerance: 1e-10);
            for (var s = 0; s < model.StateCount; s++)
                Assert.True(soft.V[s] >= hard.V[s] - SolverTolerance, $"V_soft({s}) = {soft.V[s]:R} < V_hard({s}) = {hard.V[s]:R}");
        });

    [Fact]
    public void The_soft_to_hard_gap_is_within_the_closed_form_bound_and_shrinks_with_the_temperature() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var model = ArrayModel.Compile(mdp.Arrays, mdp.Discount);
            var hard = model.ValueIteration(tolerance: 1e-10);
            var previousGap = double.PositiveInfinity;
            foreach (var temperature in new[] { 1.0, 0.1, 0.01 })
            {
                var soft = model.SoftValueIteration(temperature, tolerance: 1e-10);
                var gap = Enumerable.Range(0, model.StateCount).Max(s => Math.Abs(soft.V[s] - hard.V[s]));
                var bound = temperature * Math.Log(Math.Max(1, mdp.Arrays.MaxAllowedActions())) / (1 - mdp.Discount);
                Assert.True(gap <= bound + SolverTolerance, $"T = {temperature}: gap {gap:R} above the bound {bound:R}");
                Assert.True(gap <= previousGap + SolverTolerance, $"T = {temperature}: gap {gap:R} grew from {previousGap:R}");
                previousGap = gap;
            }
        });

    [Theory]
    [InlineData(1.0, 0.9)]
    [InlineData(0.1, 0.5)]
    [InlineData(0.01, 0.95)]
    public void The_gap_bound_is_attained_by_a_state_whose_actions_all_loop(double temperature, double discount)
    {
        // One state, four actions, each a self-loop with reward −0.5: V_hard = −0.5/(1 − γ) and the soft fixed point
        // V = −0.5 + T·log 4 + γV gives V_soft = (−0.5 + T·log 4)/(1 − γ).
        var m = new MdpArrays(1, 4);
        foreach (var a in Enum.GetValues<Act>())
            m.Set(0, a, -0.5, (0, 1.0));
        var model = ArrayModel.Compile(m, discount);

        Approx.Equal(-0.5 / (1 - discount), model.ValueIteration(tolerance: 1e-12).V[0], SolverTolerance, "V_hard(0)");
        Approx.Equal((-0.5 + temperature * Math.Log(4)) / (1 - discount), model.SoftValueIteration(temperature, tolerance: 1e-12).V[0], SolverTolerance, "V_soft(0)");
    }
}
