using CsCheck;
using MdpDsl.Runtime.Tests.Dsl;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// <c>Solve()</c> picks by the documented rule, and whatever it picks agrees with the test's own value iteration
/// (<see cref="Reference.FixedPoint"/>) on random MDPs on both sides of every threshold, and with the textbook oracles.
/// </summary>
public class SolveTests
{
    private const double Tolerance = 1e-6;

    [Theory]
    [InlineData(8, 0, 0.9, null, SolverMethod.ValueIteration)]
    [InlineData(8, 0, 0.99, 4, SolverMethod.BackwardInduction)]
    [InlineData(8, 0, 0.99, null, SolverMethod.PolicyIteration)]
    [InlineData(8, 0, 1.0, null, SolverMethod.PolicyIteration)]
    [InlineData(200, 0, 0.99, null, SolverMethod.PolicyIteration)]
    [InlineData(201, 0, 0.99, null, SolverMethod.ModifiedPolicyIteration)]
    [InlineData(201, 1, 0.99, null, SolverMethod.PolicyIteration)]
    [InlineData(201, 0, 1.0, null, SolverMethod.ValueIteration)]
    [InlineData(10_000, 0, 0.999, null, SolverMethod.ModifiedPolicyIteration)]
    [InlineData(10_001, 0, 0.999, null, SolverMethod.ValueIteration)]
    [InlineData(10_001, 0, 0.9, null, SolverMethod.ValueIteration)]
    public void The_choice_follows_the_documented_rule(int states, int terminal, double discount, int? horizon, SolverMethod expected)
    {
        // Terminal states cost nothing to evaluate, so only the non-terminal ones count.
        var m = SmallModels.Ring(states, 2);
        for (var s = 0; s < terminal; s++)
            m.Terminal[s] = true;
        Assert.Equal(expected, ArrayModel.Compile(m, discount).ChooseSolver(horizon));
    }

    [Fact]
    public void A_models_own_horizon_chooses_backward_induction_and_is_solved_exactly()
    {
        var model = ArrayModel.Compile(SmallModels.Ring(), 0.9, horizon: 3);
        Assert.Equal(SolverMethod.BackwardInduction, model.ChooseSolver());
        var expected = Reference.BackwardInduction(SmallModels.Ring(), 0.9, Reference.Hard(SmallModels.Ring()), 3);
        var solution = model.Solve();
        Assert.Equal(3, solution.Horizon);
        Approx.Values(expected[0].V, solution.V, 1e-12, "V_0");
    }

    [Theory]
    [InlineData("masked")]
    [InlineData("unmasked")]
    [InlineData("deterministic")]
    public void Whatever_it_picks_is_within_half_the_tolerance_of_the_optimum_and_its_bound(string kind) =>
        Property.ForAll(
            from mdp in SolverVariants.OfKind(kind)
            from slow in Gen.Bool
            select slow ? mdp with { Discount = 0.995 } : mdp,
            mdp =>
            {
                var expected = Reference.FixedPoint(mdp.Arrays, mdp.Discount, Reference.Hard(mdp.Arrays));
                var solution = ArrayModel.Compile(mdp.Arrays, mdp.Discount).Solve(Tolerance);
                Assert.True(solution.Converged);
                Approx.Values(expected, solution.V, Tolerance / 2, $"Solve at γ = {mdp.Discount}");
                Assert.NotNull(solution.ErrorBound);
                // The reference at γ = 0.995 is within γ/(1 − γ)·1e-14·|V| ≤ 4e-10 of V*.
                for (var s = 0; s < expected.Length; s++)
                    Assert.True(Math.Abs(solution.V[s] - expected[s]) <= solution.ErrorBound + 1e-9, $"V({s}) off by more than its bound {solution.ErrorBound:R}");
            },
            cases: 30);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_discounting_it_solves_stochastic_shortest_paths_exactly(bool deterministic) =>
        Property.ForAll(SolverVariants.ShortestPath(deterministic), mdp =>
        {
            var model = ArrayModel.Compile(mdp.Arrays, 1);
            Assert.Equal(SolverMethod.PolicyIteration, model.ChooseSolver());
            var solution = model.Solve();
            Assert.True(solution.Converged);
            Approx.Values(Reference.FixedPoint(mdp.Arrays, 1, Reference.Hard(mdp.Arrays)), solution.V, 1e-9, "γ = 1");
        });

    [Theory]
    [InlineData(0.9, SolverMethod.ValueIteration)]
    [InlineData(0.995, SolverMethod.ModifiedPolicyIteration)]
    public void Beyond_policy_iterations_limit_it_still_finds_the_optimum(double discount, SolverMethod method)
    {
        var m = SmallModels.Ring(300, 3);
        for (var s = 0; s < 300; s++)
        {
            for (var a = 0; a < 3; a++)
                m.Set(s, (Act)a, -((s * 7 + a * 3) % 11) / 10.0, m.Successors[s, a].ToArray());
        }
        var model = ArrayModel.Compile(m, discount);
        Assert.Equal(method, model.ChooseSolver());
        var solution = model.Solve(Tolerance);
        Assert.True(solution.Converged);
        Approx.Values(Reference.FixedPoint(m, discount, Reference.Hard(m)), solution.V, Tolerance / 2, $"{method}");
    }

    [Fact]
    public void It_finds_the_textbook_values()
    {
        // Sutton & Barto, Example 4.1: V*(s) is minus the number of steps to the nearer corner.
        var grid = SuttonBartoGrid.Compile().Solve();
        foreach (var cell in SuttonBartoGrid.States)
            Approx.Equal(-Math.Min(cell.Row + cell.Column, 6 - cell.Row - cell.Column), grid.V[cell], 1e-9, $"V*{cell}");

        // Russell & Norvig, figure 17.3, printed to 3 decimals.
        var world = RussellNorvigWorld.Compile().Solve();
        Approx.Equal(0.705, world.V[new(1, 1)], 0.0005, "U(1, 1)");
        Approx.Equal(0.918, world.V[new(3, 3)], 0.0005, "U(3, 3)");
        Approx.Equal(0.388, world.V[new(4, 1)], 0.0005, "U(4, 1)");
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.995)]
    public void Progress_and_cancellation_reach_the_chosen_method(double discount)
    {
        var model = ArrayModel.Compile(SmallModels.Ring(300, 3), discount);
        var progress = new RecordingProgress();
        var solution = model.Solve(progress: progress);
        Assert.Equal(Enumerable.Range(1, solution.Iterations), progress.Reports.Select(p => p.Iteration));

        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => model.Solve(cancellationToken: cancelled.Token));
    }

    [Fact]
    public void A_bad_tolerance_is_refused_whatever_the_method()
    {
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => ArrayModel.Compile(SmallModels.Ring(), 0.9).Solve(0)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => ArrayModel.Compile(SmallModels.Ring(), 0.99).Solve(-1)).ParamName);
    }
}
