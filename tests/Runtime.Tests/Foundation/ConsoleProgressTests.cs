using System.IO;
using MdpDsl.Runtime.Tests.Dsl;

namespace MdpDsl.Runtime.Tests.Foundation;

/// <summary>The console reporter, driven by a clock the test moves, against residuals whose fall is known in closed form.</summary>
public class ConsoleProgressTests
{
    private TimeSpan _now;

    private ConsoleProgress Reporter(StringWriter writer) => new(writer, TimeSpan.FromSeconds(1), () => _now);

    [Fact]
    public void A_geometric_fall_gives_the_iterations_left_and_their_time()
    {
        var writer = new StringWriter();
        var progress = Reporter(writer);
        // r_k = 2^−k: after iteration 15 (3.05e-5) the threshold 1e-6 is ⌈log₂(3.05e-5 / 1e-6)⌉ = ⌈4.93⌉ = 5 halvings away.
        for (var k = 1; k <= 15; k++)
        {
            _now += TimeSpan.FromSeconds(k is 10 or 15 ? 1 : 0);
            progress.Report(new SolverProgress(k, Math.Pow(2, -k), 1e-6));
        }
        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("iteration 10: residual 9.8e-4 (stops below 1.0e-6), 10 iterations/s", lines[0]);
        Assert.Equal("iteration 15: residual 3.1e-5 (stops below 1.0e-6), 5 iterations/s, about 5 more (1 s)", lines[1]);
    }

    [Fact]
    public void Lines_come_at_most_once_per_interval()
    {
        var writer = new StringWriter();
        var progress = Reporter(writer);
        for (var k = 1; k <= 100; k++)
        {
            _now += TimeSpan.FromMilliseconds(250);
            progress.Report(new SolverProgress(k, 1.0 / k));
        }
        // 25 s in all, a line at each whole second.
        Assert.Equal(25, writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("stops below", writer.ToString());
        Assert.DoesNotContain("more", writer.ToString());
    }

    [Fact]
    public void A_learner_line_has_its_steps_per_second_and_the_recent_mean_return()
    {
        var writer = new StringWriter();
        var progress = Reporter(writer);
        // Episode e returns e, and takes 10 steps; the report comes at episode 150, so the last 100 episodes
        // (51 … 150) have mean 100.5.
        for (var e = 1; e <= 150; e++)
        {
            _now = TimeSpan.FromSeconds(e == 150 ? 2 : 0);
            progress.Report(new LearningProgress(e, 10L * e, e));
        }
        Assert.Equal("episode 150: 1,500 steps, 750 steps/s, mean return of the last 100 episodes 100.5" + Environment.NewLine, writer.ToString());
    }

    [Fact]
    public void Value_iteration_reports_its_stopping_threshold()
    {
        var writer = new StringWriter();
        SuttonBartoGrid.Compile().ValueIteration(progress: new ConsoleProgress(writer, TimeSpan.Zero));
        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        // Undiscounted: the threshold is the tolerance itself, 1e-9.
        Assert.All(lines, line => Assert.Contains("(stops below 1.0e-9)", line));
        Assert.StartsWith("iteration 1: ", lines[0]);
    }

    [Fact]
    public void A_negative_interval_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConsoleProgress(TextWriter.Null, TimeSpan.FromSeconds(-1)));
}
