using System.Threading;
using MdpDsl.Runtime.Tests.Solvers;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// Maximum-entropy IRL climbs the mean log-likelihood of the demonstrations: one step from θ₀ moves the weights by
/// η times the exact gradient, which must agree with central differences of the log-likelihood the learner reports,
/// on a discounted model with stochastic dynamics and demonstrations of different lengths.
/// </summary>
public class MaxEntIrlGradientTests
{
    private const double Discount = 0.9;

    private static readonly ArrayModel Model = ArrayModel.Compile(TinyStochasticModel.Arrays(), Discount, horizon: 3);

    private static readonly FeatureMatrix Features = Model.Features(
        ("reward", (s, a) => TinyStochasticModel.Arrays().Reward[s, (int)a]),
        ("first action", (s, a) => a == Act.A0 ? 1 : 0));

    /// <summary>Three, two and one steps; the one-step demonstration ends in the terminal state.</summary>
    private static readonly IReadOnlyList<(int, Act)>[] Demonstrations =
    [
        [(1, Act.A0), (1, Act.A0), (1, Act.A1)],
        [(0, Act.A0), (1, Act.A1)],
        [(0, Act.A1)],
    ];

    private static readonly double[] Start = [0.4, -0.3];

    private static MaxEntIrlResult<int, Act> OneStep(double[] weights, double learningRate, IProgress<SolverProgress>? progress = null) =>
        Model.MaxEntIrl(Features, Demonstrations, new MaxEntIrlOptions { InitialWeights = weights, LearningRate = learningRate, Iterations = 1 }, progress);

    /// <summary>The mean log-likelihood of the demonstrations at <paramref name="weights"/>, as the learner reports it.</summary>
    private static double LogLikelihood(double[] weights) => OneStep(weights, 1e-3).LogLikelihoods[0];

    [Fact]
    public void One_step_moves_the_weights_along_the_gradient_of_the_mean_log_likelihood()
    {
        const double learningRate = 0.01, h = 1e-5;
        var progress = new RecordingProgress();

        var step = OneStep(Start, learningRate, progress);

        var gradient = step.Weights.Select((w, i) => (w.Weight - Start[i]) / learningRate).ToArray();
        for (var i = 0; i < Start.Length; i++)
        {
            var (up, down) = ((double[])Start.Clone(), (double[])Start.Clone());
            up[i] += h;
            down[i] -= h;
            var centralDifference = (LogLikelihood(up) - LogLikelihood(down)) / (2 * h);
            Approx.Equal(centralDifference, gradient[i], 1e-6, $"∂ log-likelihood / ∂θ_{i}");
        }
        Assert.True(Math.Abs(gradient[0]) > 0.01 && Math.Abs(gradient[1]) > 0.01, "a gradient this small would test nothing");

        // The progress reports the step and the gradient's norm; the log-likelihood is recorded before and after it.
        var report = Assert.Single(progress.Reports);
        Assert.Equal(1, report.Iteration);
        Approx.Equal(Math.Sqrt(gradient.Sum(g => g * g)), report.Residual, 1e-9, "‖gradient‖");
        Assert.Equal(2, step.LogLikelihoods.Count);
        Assert.Equal(LogLikelihood(Start), step.LogLikelihoods[0]);
        Assert.Equal(LogLikelihood(step.Weights.Select(w => w.Weight).ToArray()), step.LogLikelihoods[1]);
    }

    [Fact]
    public void The_planning_horizon_is_the_options_then_the_models_then_the_longest_demonstrations()
    {
        var options = new MaxEntIrlOptions { Iterations = 1 };
        Assert.Equal(3, Model.MaxEntIrl(Features, Demonstrations[1..], options).Solution.Horizon);
        Assert.Equal(2, Model.MaxEntIrl(Features, Demonstrations[1..], options with { Horizon = 2 }).Solution.Horizon);
        Assert.Equal(1, Model.MaxEntIrl(Features, [Demonstrations[2]], options with { Horizon = 1 }).Solution.Horizon);

        var infinite = ArrayModel.Compile(TinyStochasticModel.Arrays(), Discount);
        var features = infinite.Features(("first action", (s, a) => a == Act.A0 ? 1 : 0));
        Assert.Equal(2, infinite.MaxEntIrl(features, Demonstrations[1..], options).Solution.Horizon);
    }

    [Fact]
    public void Learning_can_be_cancelled()
    {
        Assert.Throws<OperationCanceledException>(() =>
            Model.MaxEntIrl(Features, Demonstrations, cancellationToken: new CancellationToken(canceled: true)));
    }
}
