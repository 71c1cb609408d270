using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>Progress arrives once per iteration, numbered, with the residual the solution ends on.</summary>
public class ProgressTests
{
    [Fact]
    public void Value_iteration_reports_each_sweep_and_its_residuals_contract_by_the_discount() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var progress = new RecordingProgress();
            var solution = ArrayModel.Compile(mdp.Arrays, mdp.Discount).ValueIteration(1e-10, progress: progress);
            AssertReports(progress.Reports, solution, mdp.Discount);
        });

    [Fact]
    public void Soft_value_iteration_reports_each_sweep_and_its_residuals_contract_by_the_discount() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var progress = new RecordingProgress();
            var solution = ArrayModel.Compile(mdp.Arrays, mdp.Discount).SoftValueIteration(0.5, 1e-10, progress: progress);
            AssertReports(progress.Reports, solution, mdp.Discount);
        });

    [Fact]
    public void Backward_induction_reports_each_step()
    {
        var progress = new RecordingProgress();
        ArrayModel.Compile(SmallModels.Ring(), 0.9).ValueIteration(horizon: 4, progress: progress);
        Assert.Equal(new[] { 1, 2, 3, 4 }, progress.Reports.Select(p => p.Iteration));
    }

    private static void AssertReports(List<SolverProgress> reports, Solution<int, Act> solution, double discount)
    {
        Assert.True(solution.Converged);
        Assert.Equal(Enumerable.Range(1, solution.Iterations), reports.Select(p => p.Iteration));
        Assert.Equal(solution.Residual, reports[^1].Residual);
        // Both backups are γ-contractions in the max norm, so ‖V_{k+1} − V_k‖ ≤ γ‖V_k − V_{k−1}‖; 1e-13 absorbs
        // the rounding of values below 100 in magnitude.
        for (var k = 1; k < reports.Count; k++)
        {
            Assert.True(reports[k].Residual <= discount * reports[k - 1].Residual + 1e-13,
                $"sweep {k + 1}: residual {reports[k].Residual:R} after {reports[k - 1].Residual:R}");
        }
    }
}
