using CsCheck;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// Discounted value iteration, hard and soft, and modified policy iteration stop on the spread of the changes of a full
/// backup and shift their values by the middle of MacQueen's and Porteus's bounds:
/// T v + γ/(1 − γ)·min d ≤ V* ≤ T v + γ/(1 − γ)·max d, d = T v − v.
/// </summary>
public class SpreadStoppingTests
{
    [Theory]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void When_every_state_changes_alike_one_sweep_reaches_the_closed_form(double discount)
    {
        // On the ring every action costs 1 and every state looks alike: V* = −1/(1 − γ), and soft V* = (−1 + T ln 3)/(1 − γ).
        var model = ArrayModel.Compile(SmallModels.Ring(), discount);
        var hard = model.ValueIteration(1e-12);
        var soft = model.SoftValueIteration(0.5, 1e-12);
        var modified = model.ModifiedPolicyIteration(tolerance: 1e-12);
        foreach (var (name, solution, expected) in new[]
        {
            ("hard", hard, -1 / (1 - discount)), ("soft", soft, (-1 + 0.5 * Math.Log(3)) / (1 - discount)), ("modified", modified, -1 / (1 - discount)),
        })
        {
            Assert.True(solution.Converged, name);
            Assert.Equal(1, solution.Iterations);
            for (var s = 0; s < 8; s++)
                Approx.Equal(expected, solution.V[s], 1e-9 * Math.Abs(expected), $"{name} V({s})");
        }
    }

    [Fact]
    public void The_reported_bound_holds_after_every_number_of_sweeps() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var model = ArrayModel.Compile(mdp.Arrays, mdp.Discount);
            var hardOptimum = Reference.FixedPoint(mdp.Arrays, mdp.Discount, Reference.Hard(mdp.Arrays));
            var softOptimum = Reference.FixedPoint(mdp.Arrays, mdp.Discount, Reference.Soft(mdp.Arrays, 0.4));
            for (var sweeps = 1; sweeps <= 8; sweeps++)
            {
                // Cut short, far from converged: the shifted values must still lie within the bound they report.
                var hard = model.ValueIteration(1e-14, maxIterations: sweeps);
                var soft = model.SoftValueIteration(0.4, 1e-14, maxIterations: sweeps);
                var modified = model.ModifiedPolicyIteration(evaluationSweeps: 2, tolerance: 1e-14, maxIterations: sweeps);
                Approx.Values(hardOptimum, hard.V, hard.ErrorBound!.Value + 3e-11, $"hard, {sweeps} sweeps");
                Approx.Values(hardOptimum, modified.V, modified.ErrorBound!.Value + 3e-11, $"modified policy iteration, {sweeps} improvements");
                Approx.Values(softOptimum, soft.V, soft.ErrorBound!.Value + 3e-11, $"soft, {sweeps} sweeps");
            }
        }, cases: 40);

    [Fact]
    public void On_a_model_that_mixes_fast_the_spread_stops_long_before_the_largest_change()
    {
        var mdp = Mixing(states: 40, seed: 11);
        const double discount = 0.999, tolerance = 1e-6;
        var model = ArrayModel.Compile(mdp, discount);
        var optimum = Reference.FixedPoint(mdp, discount, Reference.Hard(mdp));
        var solution = model.ValueIteration(tolerance);

        // The classical rule, counted here with the test's own sweeps: stop once no value changes by more than ε(1 − γ)/2γ.
        var threshold = tolerance * (1 - discount) / (2 * discount);
        var values = new double[mdp.StateCount];
        var classical = 0;
        double change;
        do
        {
            var next = Reference.Sweep(mdp, discount, Reference.Hard(mdp), values);
            change = next.Zip(values, (a, b) => Math.Abs(a - b)).Max();
            values = next;
            classical++;
        }
        while (change > threshold);

        Assert.True(solution.Converged);
        Assert.True(solution.ErrorBound <= tolerance / 2, $"bound {solution.ErrorBound:R}");
        Assert.True(20 * solution.Iterations < classical, $"{solution.Iterations} sweeps against the classical rule's {classical}");
        Approx.Values(optimum, solution.V, tolerance / 2, "value iteration");

        // Modified policy iteration's improvements, each followed by 3 sweeps, stop on the same rule: by the largest
        // change they would need about a quarter of the classical sweeps.
        var modified = model.ModifiedPolicyIteration(evaluationSweeps: 2, tolerance: tolerance);
        Assert.True(modified.Converged);
        Assert.True(20 * 4 * modified.Iterations < classical, $"{modified.Iterations} improvements against the classical rule's {classical} sweeps");
        Approx.Values(optimum, modified.V, tolerance / 2, "modified policy iteration");
    }

    /// <summary>Every pair leads to 4 random states, with random costs: the chain forgets where it started within a few steps.</summary>
    private static MdpArrays Mixing(int states, int seed)
    {
        var random = new Random(seed);
        var m = new MdpArrays(states, 3);
        for (var s = 0; s < states; s++)
        {
            for (var a = 0; a < 3; a++)
            {
                var weights = Enumerable.Range(0, 4).Select(_ => 0.1 + random.NextDouble()).ToArray();
                var successors = weights.Select(w => (random.Next(states), w / weights.Sum())).ToArray();
                m.Set(s, (Act)a, -random.NextDouble(), successors);
            }
        }
        return m;
    }
}
