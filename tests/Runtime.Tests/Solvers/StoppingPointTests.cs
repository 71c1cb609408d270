using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// An iterative solver stops at the first iteration whose residual reaches its threshold: not before (the bound
/// would not hold) and not after (the user waits for nothing).
/// </summary>
public class StoppingPointTests
{
    private const double Discount = 0.9, Tolerance = 1e-6;

    private static readonly ArrayModel Model = ArrayModel.Compile(SmallModels.UnevenRing(), Discount);

    public static TheoryData<string> Solvers => new()
    {
        "value iteration", "soft value iteration", "Gauss-Seidel", "modified policy iteration", "interval value iteration", "soft policy iteration",
    };

    [Theory]
    [MemberData(nameof(Solvers))]
    public void The_solver_stops_at_the_first_residual_within_its_threshold(string solver)
    {
        var progress = new RecordingProgress();
        var solution = solver switch
        {
            "value iteration" => Model.ValueIteration(Tolerance, progress: progress),
            "soft value iteration" => Model.SoftValueIteration(0.5, Tolerance, progress: progress),
            "Gauss-Seidel" => Model.GaussSeidelValueIteration(Tolerance, progress: progress),
            // One evaluation sweep per improvement, so that it takes more than a few improvements.
            "modified policy iteration" => Model.ModifiedPolicyIteration(evaluationSweeps: 1, tolerance: Tolerance, progress: progress),
            "interval value iteration" => Model.IntervalValueIteration(Tolerance, progress: progress),
            _ => Model.SoftPolicyIteration(0.5, Tolerance, progress: progress),
        };

        Assert.True(solution.Converged);
        var reports = progress.Reports;
        Assert.Equal(solution.Iterations, reports.Count);
        Assert.True(reports.Count > 1, $"{reports.Count} iterations");
        Assert.True(reports[^1].Residual <= reports[^1].Threshold, $"last residual {reports[^1].Residual:R} against {reports[^1].Threshold:R}");
        foreach (var report in reports.SkipLast(1))
            Assert.True(report.Residual > report.Threshold, $"iteration {report.Iteration}: residual {report.Residual:R} already within {report.Threshold:R}");
        Assert.Equal(reports[^1].Residual, solution.Residual);
    }
}
