using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// A solver stopped by its iteration limit says so: it is not converged, it ran exactly the iterations it was given,
/// and a bound it reports still holds.
/// </summary>
public class CutShortTests
{
    private const double Discount = 0.9;

    public static TheoryData<string> RewardSigns => new() { "costs", "gains" };

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Every_iterative_solver_stopped_by_its_limit_is_not_converged_after_exactly_that_many_iterations(int limit)
    {
        var model = ArrayModel.Compile(SmallModels.UnevenRing(), Discount);
        var solutions = new Dictionary<string, Solution<int, Act>>
        {
            ["value iteration"] = model.ValueIteration(1e-12, maxIterations: limit),
            ["soft value iteration"] = model.SoftValueIteration(0.5, 1e-12, maxIterations: limit),
            ["Gauss-Seidel"] = model.GaussSeidelValueIteration(1e-12, maxIterations: limit),
            ["modified policy iteration"] = model.ModifiedPolicyIteration(evaluationSweeps: 2, tolerance: 1e-12, maxIterations: limit),
            ["interval value iteration"] = model.IntervalValueIteration(1e-12, maxIterations: limit),
        };
        foreach (var (name, solution) in solutions)
        {
            Assert.False(solution.Converged, name);
            Assert.Equal(limit, solution.Iterations);
        }
    }

    [Theory]
    [MemberData(nameof(RewardSigns))]
    public void Interval_value_iteration_cut_short_brackets_the_optimum_within_its_bound(string kind)
    {
        // With gains (rewards in [1, 2]) the initial upper bound is what keeps the optimum inside; with costs, the lower.
        var arrays = SmallModels.UnevenRing();
        if (kind == "gains")
            Negate(arrays);
        var model = ArrayModel.Compile(arrays, Discount);
        var optimum = Reference.FixedPoint(arrays, Discount, Reference.Hard(arrays));
        for (var sweeps = 1; sweeps <= 6; sweeps++)
        {
            var solution = model.IntervalValueIteration(1e-12, maxIterations: sweeps);
            var bound = solution.ErrorBound!.Value;
            Approx.Values(optimum, solution.V, bound + 1e-12, $"{kind}, {sweeps} sweeps");
            // One backup of the midpoint lies between the backups of the bounds, which γ brings within γ·gap.
            Assert.True(bound <= Discount * solution.Residual + 1e-12, $"{kind}, {sweeps} sweeps: bound {bound:R}, gap {solution.Residual:R}");
        }
    }

    [Fact]
    public void Finite_horizon_solutions_are_converged_after_one_iteration_per_step()
    {
        var model = ArrayModel.Compile(SmallModels.UnevenRing(), Discount, horizon: 4);
        var solutions = new[]
        {
            model.ValueIteration(), model.SoftValueIteration(), model.GaussSeidelValueIteration(),
            model.ModifiedPolicyIteration(), model.IntervalValueIteration(),
        };
        foreach (var solution in solutions)
        {
            Assert.True(solution.Converged);
            Assert.Equal(4, solution.Iterations);
            Assert.Equal(0, solution.Residual);
        }
    }

    private static void Negate(MdpArrays arrays)
    {
        for (var s = 0; s < arrays.StateCount; s++)
        {
            for (var a = 0; a < arrays.ActionCount; a++)
                arrays.Reward[s, a] = -arrays.Reward[s, a];
        }
    }
}
