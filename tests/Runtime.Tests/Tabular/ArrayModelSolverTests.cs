using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Tabular;

/// <summary>
/// pymdptoolbox's small example built from its arrays and solved by every solver, against the exact values of its
/// policies (Cramer's rule over all four) and the figures pymdptoolbox's documentation prints.
/// </summary>
public class ArrayModelSolverTests
{
    private static readonly TabularMdp Model = TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), ToolboxExample.Discount);

    [Fact]
    public void The_closed_form_agrees_with_pymdptoolbox_documentation()
    {
        // mdptoolbox.mdp.PolicyIteration(P, R, 0.9) on example.small() prints V = (42.4418604651163, 36.0465116279070), policy (1, 0).
        var best = ToolboxExample.OptimalValue();
        Approx.Equal(42.4418604651163, best[0], 1e-12, "V(0)");
        Approx.Equal(36.0465116279070, best[1], 1e-12, "V(1)");
        Assert.Equal([1, 0], ToolboxExample.OptimalPolicy());
    }

    [Fact]
    public void The_model_has_the_arrays_shape_and_rewards()
    {
        Assert.Equal(2, Model.StateCount);
        Assert.Equal(2, Model.ActionCount);
        Assert.Equal([0, 1], Model.States);
        Assert.Equal([0, 1], Model.Actions);
        Assert.Equal(0.9, Model.Discount);
        Assert.Null(Model.Horizon);
        Assert.Equal(-1.0, Model.Reward(1, 0));
        Assert.Equal([(0, 0.1), (1, 0.9)], Model.Transitions(1, 1));
        // The zero entry P[1][0, 0] is no successor.
        Assert.Equal([(1, 1.0)], Model.Transitions(0, 1));
    }

    public static TheoryData<string> Solvers() => new() { "vi", "gs", "pi", "mpi", "ivi" };

    [Theory]
    [MemberData(nameof(Solvers))]
    public void Every_solver_reaches_the_optimal_values_and_policy(string solver)
    {
        var solution = solver switch
        {
            "vi" => Model.ValueIteration(1e-10),
            "gs" => Model.GaussSeidelValueIteration(1e-10),
            "pi" => Model.PolicyIteration(1e-10),
            "mpi" => Model.ModifiedPolicyIteration(tolerance: 1e-10),
            _ => Model.IntervalValueIteration(1e-10),
        };
        Assert.True(solution.Converged);
        Approx.Values(ToolboxExample.OptimalValue(), solution.V, 1e-9, solver);
        var policy = ToolboxExample.OptimalPolicy();
        for (var s = 0; s < 2; s++)
            Assert.Equal(policy[s], solution.Policy.Act(s));
    }

    [Fact]
    public void A_loose_tolerance_still_leaves_V_within_half_of_it_of_the_optimum()
    {
        // pymdptoolbox's ValueIteration(P, R, 0.9) at epsilon = 0.01 stops by its span rule after 26 sweeps at
        // (40.05, 33.65). Ours stops by the same rule, no later, but shifts V to the middle of the bounds that the span
        // gives, so it must be within ε/2 of the closed form.
        var solution = Model.ValueIteration(tolerance: 0.01);
        Assert.True(solution.Converged);
        Assert.True(solution.Iterations <= 26, $"{solution.Iterations} sweeps");
        Approx.Values(ToolboxExample.OptimalValue(), solution.V, 0.005, "ε = 0.01");
        Assert.True(solution.ErrorBound <= 0.005);
    }

    [Fact]
    public void Policy_evaluation_gives_each_policy_its_closed_form_value()
    {
        foreach (var policy in ToolboxExample.Policies())
            Approx.Values(ToolboxExample.PolicyValue(policy), Model.PolicyEvaluation(s => policy[s]).V, 1e-12, $"π = ({policy[0]}, {policy[1]})");
    }

    [Fact]
    public void Soft_value_iteration_reaches_the_soft_Bellman_fixed_point_of_the_arrays()
    {
        var solution = Model.SoftValueIteration(temperature: 1, tolerance: 1e-12);
        var (p, r) = (ToolboxExample.Transitions(), ToolboxExample.Rewards());
        var v = solution.V.ToArray();
        for (var s = 0; s < 2; s++)
        {
            // V(s) = log Σ_a exp(r(s, a) + γ Σ_s′ P[a][s, s′] V(s′)), read straight from the arrays.
            var q = Enumerable.Range(0, 2).Select(a => r[s, a] + ToolboxExample.Discount * (p[a][s, 0] * v[0] + p[a][s, 1] * v[1])).ToArray();
            var max = q.Max();
            Approx.Equal(max + Math.Log(q.Sum(x => Math.Exp(x - max))), v[s], 1e-9, $"V({s})");
        }
    }

    [Fact]
    public void A_finite_horizon_is_backward_induction_over_the_arrays()
    {
        var model = TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), ToolboxExample.Discount, new TabularMdpOptions { Horizon = 2 });
        Assert.Equal(2, model.Horizon);
        const double g = ToolboxExample.Discount;
        // One step to go: V1(s) = max_a r(s, a) = (10, 2); two: V0(s) = max_a r(s, a) + γ Σ_s′ P[a][s, s′] V1(s′).
        double[] last = [10, 2];
        double[] first =
        [
            Math.Max(5 + g * (0.5 * 10 + 0.5 * 2), 10 + g * 2),
            Math.Max(-1 + g * (0.8 * 10 + 0.2 * 2), 2 + g * (0.1 * 10 + 0.9 * 2)),
        ];
        var solution = model.ValueIteration();
        Approx.Values(first, solution.Stages[0].V, 1e-12, "t = 0");
        Approx.Values(last, solution.Stages[1].V, 1e-12, "t = 1");
    }

    [Fact]
    public void Q_learning_on_samples_of_the_arrays_finds_the_optimal_policy()
    {
        // Episodes need a start: both states, equally likely. The greedy action beats the other by 2.1 in state 0
        // and 1.03 in state 1 (from the closed form); 500,000 steps give every action tens of thousands of updates,
        // whose noise at α = n^−0.7 is a few hundredths.
        var options = new TabularMdpOptions { Initial = [0.5, 0.5] };
        var model = TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), ToolboxExample.Discount, options);
        var learned = model.QLearning(new QLearningOptions
        {
            Episodes = 10_000,
            StepLimit = 50,
            LearningRate = Schedule.Decaying(1, 0.7),
            Exploration = 0.3,
            Seed = 3,
        });
        var policy = ToolboxExample.OptimalPolicy();
        for (var s = 0; s < 2; s++)
            Assert.Equal(policy[s], learned.Policy.Act(s));
    }
}
