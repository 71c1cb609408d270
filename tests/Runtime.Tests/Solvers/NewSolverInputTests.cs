using System.Threading;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>Bad input to the new solvers gets a clear error; progress and cancellation work as in value iteration.</summary>
public class NewSolverInputTests
{
    private static readonly ArrayModel Ring = ArrayModel.Compile(SmallModels.Ring(), 0.9);

    /// <summary>
    /// The line 0 … 7 (7 terminal) where staying (A1) costs 0.5 and stepping right (A0) costs 1: the best immediate
    /// reward says stay, and each improvement of policy iteration turns one more state, from the end backwards.
    /// </summary>
    private static readonly ArrayModel LazyLine = ArrayModel.Compile(LazyLineArrays(), 0.99);

    public static TheoryData<string> Solvers => new() { "PolicyIteration", "ModifiedPolicyIteration", "GaussSeidelValueIteration", "IntervalValueIteration" };

    [Fact]
    public void Policy_iteration_refuses_another_models_initial_policy()
    {
        var other = ArrayModel.Compile(SmallModels.Ring(), 0.9);
        var exception = Assert.Throws<ArgumentException>(() => Ring.PolicyIteration(initialPolicy: other.UniformPolicy()));
        Assert.Equal("initialPolicy", exception.ParamName);
        Assert.Contains("another compiled model", exception.Message);
    }

    [Fact]
    public void Policy_iteration_refuses_an_undiscounted_initial_policy_that_never_ends_naming_the_state()
    {
        // On the line 0 … 5 (5 terminal), A1 stays put: from state 0, and only from there, that policy never ends.
        var model = ArrayModel.Compile(SmallModels.Line(6), 1);
        var exception = Assert.Throws<ArgumentException>(() => model.PolicyIteration(initialPolicy: model.CreatePolicy(s => s == 0 ? Act.A1 : Act.A0)));
        Assert.Equal("initialPolicy", exception.ParamName);
        Assert.Matches(@"\bstate 0\b", exception.Message);
    }

    [Fact]
    public void Policy_iteration_starts_from_a_given_policy_and_still_finds_the_optimum()
    {
        var model = ArrayModel.Compile(SmallModels.Line(6), 1);
        var solution = model.PolicyIteration(initialPolicy: model.CreatePolicy(_ => Act.A0));
        Approx.Values(new[] { -5.0, -4, -3, -2, -1, 0 }, solution.V, 1e-12, "walk right");
    }

    [Fact]
    public void Policy_iteration_refuses_an_improvement_that_never_ends_naming_the_state()
    {
        // State 1 can end for −1 (A0) or stay for +0.5 (A1). Starting from ending, staying looks better by 1.5, and
        // the improved policy never ends: without discounting its value is infinite.
        var m = new MdpArrays(2, 2);
        m.Terminal[0] = true;
        m.Set(1, Act.A0, -1, (0, 1.0));
        m.Set(1, Act.A1, 0.5, (1, 1.0));
        var exception = Assert.Throws<DivergenceException>(() => ArrayModel.Compile(m, 1).PolicyIteration());
        Assert.Equal(1, exception.State);
        Assert.Matches(@"\bstate 1\b", exception.Message);
        Assert.Equal(-1, exception.Value);
    }

    [Fact]
    public void Undiscounted_solvers_that_need_a_policy_that_ends_name_a_state_that_cannot_end()
    {
        // 3 → 1 → 0 (terminal), while state 2 only loops on itself: no policy ends the episode there, and only there.
        var m = new MdpArrays(4, 2);
        m.Terminal[0] = true;
        m.Set(1, Act.A0, -1, (0, 1.0)).Set(1, Act.A1, -1, (1, 1.0));
        m.Set(2, Act.A0, -1, (2, 1.0)).Set(2, Act.A1, -1, (2, 1.0));
        m.Set(3, Act.A0, -1, (1, 1.0)).Set(3, Act.A1, -1, (3, 1.0));
        var model = ArrayModel.Compile(m, 1);
        Assert.Matches(@"\bState 2\b", Assert.Throws<InvalidOperationException>(() => model.PolicyIteration()).Message);
        Assert.Matches(@"\bState 2\b", Assert.Throws<InvalidOperationException>(() => model.IntervalValueIteration()).Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Modified_policy_iteration_refuses_fewer_than_one_evaluation_sweep(int sweeps)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Ring.ModifiedPolicyIteration(sweeps));
        Assert.Equal("evaluationSweeps", exception.ParamName);
        Assert.Equal(sweeps, exception.ActualValue);
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void A_bad_tolerance_or_iteration_limit_is_rejected_naming_the_parameter(string solver)
    {
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => SolverAgreementTests.Solve(solver, Ring, 0)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => SolverAgreementTests.Solve(solver, Ring, double.NaN)).ParamName);
        Assert.Equal("maxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => Run(solver, maxIterations: 0)).ParamName);
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void An_already_cancelled_token_stops_the_solver(string solver)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Run(solver, token: cancelled.Token));
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void Cancelling_during_the_iteration_stops_it_at_the_next_step(string solver)
    {
        using var source = new CancellationTokenSource();
        var reports = new RecordingProgress(p =>
        {
            if (p.Iteration == 2)
                source.Cancel();
        });
        Assert.ThrowsAny<OperationCanceledException>(() => Run(solver, progress: reports, token: source.Token, model: LazyLine));
        Assert.Equal(2, reports.Reports.Count);
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void Progress_numbers_each_iteration_and_ends_on_the_solutions_residual(string solver)
    {
        var progress = new RecordingProgress();
        var solution = Run(solver, progress: progress, model: LazyLine);
        Assert.True(solution.Converged);
        Assert.True(solution.Iterations > 1);
        Assert.Equal(Enumerable.Range(1, solution.Iterations), progress.Reports.Select(p => p.Iteration));
        Assert.Equal(solution.Residual, progress.Reports[^1].Residual);
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void A_finite_horizon_is_solved_exactly_by_backward_induction(string solver)
    {
        var expected = Ring.ValueIteration(horizon: 4);
        var model = ArrayModel.Compile(SmallModels.Ring(), 0.9, horizon: 4);
        var solution = SolverAgreementTests.Solve(solver, model, 1e-9);
        Assert.Equal(4, solution.Horizon);
        Assert.Equal(0, solution.ErrorBound);
        Approx.Values(expected.V.AsSpan().ToArray(), solution.V, 0, "V_0");
    }

    private static Solution<int, Act> Run(
        string solver, int maxIterations = 1000, IProgress<SolverProgress>? progress = null, CancellationToken token = default, ArrayModel? model = null)
    {
        model ??= Ring;
        return solver switch
        {
            "PolicyIteration" => model.PolicyIteration(1e-9, maxIterations, progress: progress, cancellationToken: token),
            "ModifiedPolicyIteration" => model.ModifiedPolicyIteration(1, 1e-9, maxIterations, progress, token),
            "GaussSeidelValueIteration" => model.GaussSeidelValueIteration(1e-9, maxIterations, progress, token),
            "IntervalValueIteration" => model.IntervalValueIteration(1e-9, maxIterations, progress, token),
            _ => throw new ArgumentOutOfRangeException(nameof(solver)),
        };
    }

    private static MdpArrays LazyLineArrays()
    {
        var m = SmallModels.Line(8);
        for (var s = 0; s < 7; s++)
            m.Set(s, Act.A1, -0.5, (s, 1.0));
        return m;
    }
}
