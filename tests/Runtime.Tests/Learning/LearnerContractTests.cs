using System.Threading;
using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

/// <summary>What every learner promises beyond convergence: divergence named, cancellation, progress, no allocation per step.</summary>
public class LearnerContractTests
{
    [Theory]
    [MemberData(nameof(LearnerRuns.Names), MemberType = typeof(LearnerRuns))]
    public void Overflowing_estimates_stop_with_the_step_state_and_action(string learner)
    {
        // Every step pays 1e308 and γ = 0.9, so the values 1e309 are beyond a double: a full step (α = 1)
        // overflows within a few steps.
        var model = new Loop { Payoff = 1e308 }.Compile();

        var error = Assert.Throws<DivergenceException>(() => LearnerRuns.Invoke(learner, model, learningRate: 1));

        Assert.IsType<Loop.Spot>(error.State);
        Assert.IsType<Loop.Go>(error.Action);
        Assert.InRange(error.Iteration, 1, 200);
        Assert.Contains($"step {error.Iteration}", error.Message);
        Assert.False(double.IsFinite(error.Value));
    }

    [Theory]
    [MemberData(nameof(LearnerRuns.Names), MemberType = typeof(LearnerRuns))]
    public void Cancellation_stops_the_run(string learner)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var model = new Loop().Compile();
        Assert.ThrowsAny<OperationCanceledException>(() => { LearnerRuns.Invoke(learner, model, cancellationToken: cancelled.Token); });
    }

    [Theory]
    [MemberData(nameof(LearnerRuns.Names), MemberType = typeof(LearnerRuns))]
    public void Progress_reports_each_episode_and_the_curve_holds_its_return(string learner)
    {
        var reports = new List<LearningProgress>();

        var result = LearnerRuns.Invoke(learner, new Loop().Compile(), episodes: 7, stepLimit: 20, progress: new Collect(reports));

        // Loop pays 1 per step and never terminates, so every episode runs to the step limit and returns 20.
        Assert.Equal(Enumerable.Range(1, 7), reports.Select(r => r.Episode));
        Assert.Equal(Enumerable.Range(1, 7).Select(e => 20L * e), reports.Select(r => r.Steps));
        Assert.All(reports, r => Assert.Equal(20, r.Return));
        Assert.Equal(reports.Select(r => r.Return), result.Returns);
        Assert.Equal(140, result.Steps);
    }

    [Theory]
    [MemberData(nameof(LearnerRuns.WithoutPerStepMemory), MemberType = typeof(LearnerRuns))]
    public void A_step_allocates_nothing(string learner)
    {
        var model = new Loop().Compile();
        LearnerRuns.Invoke(learner, model);

        // The same episodes, a hundred times longer: whatever a run allocates, none of it may grow with its steps.
        var shortRun = Allocated(() => LearnerRuns.Invoke(learner, model, episodes: 3, stepLimit: 100));
        var longRun = Allocated(() => LearnerRuns.Invoke(learner, model, episodes: 3, stepLimit: 10_000));

        Assert.Equal(shortRun, longRun);
    }

    [Fact]
    public void Learners_need_a_start_state_and_an_infinite_horizon()
    {
        foreach (var learn in EveryLearner<Unstarted.Light, Unstarted.Flip>())
            Assert.Contains("[Initial]", Assert.Throws<InvalidOperationException>(() => learn(Unstarted.Compile())).Message);
        foreach (var learn in EveryLearner<Countdown.Light, Countdown.Flip>())
            Assert.Contains("horizon", Assert.Throws<NotSupportedException>(() => learn(Countdown.Compile())).Message);
    }

    private static IEnumerable<Func<MdpModel<TState, TAction>, object>> EveryLearner<TState, TAction>()
        where TState : notnull
        where TAction : struct =>
        new Func<MdpModel<TState, TAction>, object>[]
        {
            m => m.TdLearning(m.UniformPolicy()),
            m => m.QLearning(),
            m => m.Sarsa(),
            m => m.SoftQLearning(),
            m => m.ActorCritic(),
            m => m.PolicyGradient(),
            m => m.Sac(),
        };

    private static long Allocated(Action run)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        run();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>A synchronous IProgress: Progress&lt;T&gt; would post to the thread pool and the reports could arrive late.</summary>
    private sealed class Collect(List<LearningProgress> reports) : IProgress<LearningProgress>
    {
        public void Report(LearningProgress value) => reports.Add(value);
    }
}
