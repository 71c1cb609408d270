using System.Threading;

namespace MdpDsl.Runtime.Tests.Approximate;

public class ApproximateInputTests
{
    private static readonly FunctionEncoder<int> Position = new(1, (s, _) => s / 4.0);

    [Fact]
    public void A_NaN_reward_names_the_state_and_action()
    {
        var simulator = new Corridor((s, a) => s == 2 && a == Corridor.Go.Right ? double.NaN : -1);

        var error = Assert.Throws<ModelValidationException>(() => simulator.SoftQLearning(Position, new SoftQLearningOptions { Episodes = 50 }));

        Assert.Equal(2, error.State);
        Assert.Equal(Corridor.Go.Right, error.Action);
        Assert.Contains("State 2, action Right: the reward is NaN", error.Message);
    }

    [Fact]
    public void A_NaN_feature_names_the_state()
    {
        var simulator = new Corridor((_, _) => -1);
        var encoder = new FunctionEncoder<int>(2, (s, i) => i == 1 && s == 3 ? double.NaN : 1);

        var error = Assert.Throws<ArgumentException>(() => simulator.Sac(encoder, new SacOptions { Episodes = 50 }));

        Assert.Contains("feature 1 = NaN for state 3", error.Message);
    }

    [Fact]
    public void An_exception_from_the_models_step_propagates_unchanged()
    {
        var failure = new InvalidOperationException("the user's transition failed");
        var simulator = new Corridor((_, _) => -1, failure);

        Assert.Same(failure, Assert.Throws<InvalidOperationException>(() => simulator.SoftQLearning(Position)));
        Assert.Same(failure, Assert.Throws<InvalidOperationException>(() => simulator.Sac(Position)));
    }

    [Fact]
    public void Options_outside_their_ranges_are_named()
    {
        var simulator = new Corridor((_, _) => -1);

        Assert.Equal("LearningRate", OptionError(() => simulator.SoftQLearning(Position, new SoftQLearningOptions { LearningRate = 0 })));
        Assert.Equal("Temperature", OptionError(() => simulator.SoftQLearning(Position, new SoftQLearningOptions { Temperature = 0 })));
        Assert.Equal("Temperature", OptionError(() => simulator.Sac(Position, new SacOptions { Temperature = -1 })));
        Assert.Equal("BatchSize", OptionError(() => simulator.SoftQLearning(Position, new SoftQLearningOptions { TargetSmoothing = 0.1 })));
        Assert.Equal("TargetSmoothing", OptionError(() => simulator.Sac(Position, new SacOptions { TargetSmoothing = 0 })));
        Assert.Equal("TargetCopyInterval", OptionError(() => simulator.Sac(Position, new SacOptions { TargetCopyInterval = 0 })));
        Assert.Equal("ReplayCapacity", OptionError(() => simulator.Sac(Position, new SacOptions { BatchSize = 8, ReplayCapacity = 4 })));
        Assert.Equal("ActorLearningRate", OptionError(() => simulator.Sac(Position, new SacOptions { ActorLearningRate = 2 })));
        // Two actions: no policy has more entropy than log 2.
        Assert.Equal("TargetEntropy", OptionError(() => simulator.Sac(Position, new SacOptions { TargetEntropy = 0.8 })));
    }

    [Fact]
    public void An_approximator_needs_features_that_keep_their_count()
    {
        Assert.Equal("encoder", Assert.Throws<ArgumentException>(() => new LinearSoftCritic<int>(new FunctionEncoder<int>(0, (_, _) => 0), 2, bias: false)).ParamName);
        Assert.Equal("actionCount", Assert.Throws<ArgumentOutOfRangeException>(() => new LinearSoftActor<int>(Position, 0)).ParamName);
        var growing = new GrowingEncoder();
        var critic = new LinearSoftCritic<int>(growing, 2);
        growing.Count = 2;

        Assert.Contains("changed from 1", Assert.Throws<InvalidOperationException>(() => critic.Value(0, 0)).Message);
    }

    [Fact]
    public void Progress_reports_every_episode_and_cancellation_stops_the_run()
    {
        var simulator = new Corridor((_, _) => -1);
        var reports = new List<LearningProgress>();

        var learned = simulator.Sac(Position, new SacOptions { Episodes = 5, BatchSize = 2 }, new Collect(reports));

        Assert.Equal([1, 2, 3, 4, 5], reports.Select(r => r.Episode));
        Assert.Equal(learned.Returns, reports.Select(r => r.Return));
        Assert.Equal(learned.Steps, reports[^1].Steps);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => simulator.SoftQLearning(Position, cancellationToken: cancelled.Token));
    }

    private static string? OptionError(Action run) => Assert.Throws<ArgumentOutOfRangeException>(run).ParamName;

    /// <summary>A synchronous IProgress: Progress&lt;T&gt; would post to the thread pool and the reports could arrive late.</summary>
    private sealed class Collect(List<LearningProgress> reports) : IProgress<LearningProgress>
    {
        public void Report(LearningProgress value) => reports.Add(value);
    }

    private sealed class GrowingEncoder : IStateEncoder<int>
    {
        public int Count { get; set; } = 1;

        public int FeatureCount => Count;

        public void Encode(int state, Span<double> features) => features[..Count].Fill(1);
    }
}
