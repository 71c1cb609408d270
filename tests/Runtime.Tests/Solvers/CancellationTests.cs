using System.Threading;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>Every solver that takes a <see cref="CancellationToken"/> honours it (DESIGN §4, §8).</summary>
public class CancellationTests
{
    private static readonly ArrayModel Model = ArrayModel.Compile(SmallModels.UnevenRing(), 0.9);

    public static TheoryData<string> Solvers => new() { "ValueIteration", "SoftValueIteration", "ValueIteration(horizon)", "SoftValueIteration(horizon)", "PolicyEvaluation", "PolicyEvaluation(horizon)" };

    [Theory]
    [MemberData(nameof(Solvers))]
    public void An_already_cancelled_token_stops_the_solver(string solver)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Solve(solver, null, cancelled.Token));
    }

    [Theory]
    [InlineData("ValueIteration")]
    [InlineData("SoftValueIteration")]
    public void Cancelling_during_the_iteration_stops_it_at_the_next_sweep(string solver)
    {
        using var source = new CancellationTokenSource();
        var reports = new RecordingProgress(p =>
        {
            if (p.Iteration == 3)
                source.Cancel();
        });
        Assert.ThrowsAny<OperationCanceledException>(() => Solve(solver, reports, source.Token));
        Assert.Equal(3, reports.Reports.Count);
    }

    private static Solution<int, Act> Solve(string solver, IProgress<SolverProgress>? progress, CancellationToken token) => solver switch
    {
        "ValueIteration" => Model.ValueIteration(1e-12, progress: progress, cancellationToken: token),
        "SoftValueIteration" => Model.SoftValueIteration(1.0, 1e-12, progress: progress, cancellationToken: token),
        "ValueIteration(horizon)" => Model.ValueIteration(horizon: 5, progress: progress, cancellationToken: token),
        "SoftValueIteration(horizon)" => Model.SoftValueIteration(1.0, horizon: 5, progress: progress, cancellationToken: token),
        "PolicyEvaluation" => Model.PolicyEvaluation(Model.UniformPolicy(), progress: progress, cancellationToken: token),
        "PolicyEvaluation(horizon)" => Model.PolicyEvaluation(Model.UniformPolicy(), 5, progress, token),
        _ => throw new ArgumentOutOfRangeException(nameof(solver)),
    };
}
