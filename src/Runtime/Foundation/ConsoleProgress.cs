using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using MdpDsl.Foundation;

namespace MdpDsl;

/// <summary>
/// Progress for a console: pass it as the <c>progress</c> of any solver or learner, and long work prints a line
/// every second or so. A solver's line has the residual, the iterations per second and, from how fast the residual
/// has been falling, an estimate of the iterations left; a learner's has the episodes, the steps per second and the
/// mean return of the recent episodes.
/// </summary>
/// <example>
/// <code>var solution = model.ValueIteration(progress: new ConsoleProgress());</code>
/// prints lines such as
/// <code>iteration 1,200: residual 3.1e-06 (stops below 5.1e-09), 410 iterations/s, about 1,600 more (4 s)</code>
/// </example>
public sealed class ConsoleProgress : IProgress<SolverProgress>, IProgress<LearningProgress>
{
    private const int RecentEpisodes = 100;

    private readonly TextWriter _writer;
    private readonly TimeSpan _interval;
    private readonly Func<TimeSpan> _clock;
    private readonly double[] _returns = new double[RecentEpisodes];
    private TimeSpan _lastReport;
    private (int Iteration, double Residual) _lastSolver;
    private (int Episode, long Steps) _lastLearner;

    /// <summary>Writes to <paramref name="writer"/> (the console's standard error by default) at most once per <paramref name="interval"/> (1 s by default).</summary>
    public ConsoleProgress(TextWriter? writer = null, TimeSpan? interval = null)
        : this(writer, interval, Stopwatch.StartNew())
    {
    }

    private ConsoleProgress(TextWriter? writer, TimeSpan? interval, Stopwatch stopwatch)
        : this(writer, interval, () => stopwatch.Elapsed)
    {
    }

    /// <summary>For tests: time read from <paramref name="clock"/> instead of a stopwatch.</summary>
    internal ConsoleProgress(TextWriter? writer, TimeSpan? interval, Func<TimeSpan> clock)
    {
        _writer = writer ?? Console.Error;
        _interval = interval ?? TimeSpan.FromSeconds(1);
        if (_interval < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval between lines cannot be negative.");
        _clock = clock;
    }

    /// <summary>Prints a solver's line when the interval has passed since the last one.</summary>
    public void Report(SolverProgress value)
    {
        var now = _clock();
        if (now - _lastReport < _interval)
            return;
        var elapsed = (now - _lastReport).TotalSeconds;
        var rate = (value.Iteration - _lastSolver.Iteration) / elapsed;
        var line = string.Create(CultureInfo.InvariantCulture, $"iteration {value.Iteration:N0}: residual {NumberText.Change(value.Residual)}");
        if (double.IsFinite(value.Threshold))
            line += string.Create(CultureInfo.InvariantCulture, $" (stops below {NumberText.Change(value.Threshold)})");
        line += string.Create(CultureInfo.InvariantCulture, $", {rate:N0} iterations/s");
        if (IterationsLeft(_lastSolver, value) is { } left && rate > 0)
            line += string.Create(CultureInfo.InvariantCulture, $", about {left:N0} more ({Duration(left / rate)})");
        _writer.WriteLine(line);
        _lastSolver = (value.Iteration, value.Residual);
        _lastReport = now;
    }

    /// <summary>Prints a learner's line when the interval has passed since the last one.</summary>
    public void Report(LearningProgress value)
    {
        _returns[(value.Episode - 1) % RecentEpisodes] = value.Return;
        var now = _clock();
        if (now - _lastReport < _interval)
            return;
        var elapsed = (now - _lastReport).TotalSeconds;
        var recent = Math.Min(value.Episode, RecentEpisodes);
        var mean = 0.0;
        for (var i = 0; i < recent; i++)
            mean += _returns[i] / recent;
        _writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"episode {value.Episode:N0}: {value.Steps:N0} steps, {(value.Steps - _lastLearner.Steps) / elapsed:N0} steps/s, mean return of the last {recent} episodes {mean:G4}"));
        _lastLearner = (value.Episode, value.Steps);
        _lastReport = now;
    }

    /// <summary>
    /// The residual of a contraction falls geometrically, r_k ≈ r_j ρ^(k−j): ρ from the last two reports, then
    /// log(threshold / r_k) / log ρ iterations reach the threshold. Null while there is no estimate (no threshold, no
    /// earlier report, or a residual that is not falling).
    /// </summary>
    private static double? IterationsLeft((int Iteration, double Residual) earlier, SolverProgress now)
    {
        if (!double.IsFinite(now.Threshold) || earlier.Iteration <= 0 || now.Iteration <= earlier.Iteration)
            return null;
        if (now.Residual <= now.Threshold)
            return 0;
        if (!(now.Residual < earlier.Residual) || !(now.Residual > 0) || !(now.Threshold > 0))
            return null;
        var logRate = Math.Log(now.Residual / earlier.Residual) / (now.Iteration - earlier.Iteration);
        return Math.Ceiling(Math.Log(now.Threshold / now.Residual) / logRate);
    }

    private static string Duration(double seconds) =>
        seconds < 90 ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Round(seconds)):N0} s")
        : seconds < 5400 ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(seconds / 60):N0} min")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:N1} h");
}
