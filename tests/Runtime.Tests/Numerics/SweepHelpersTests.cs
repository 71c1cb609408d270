using System.Diagnostics;
using System.Threading.Tasks;
using MdpDsl.Numerics;
using MdpDsl.Storage;

namespace MdpDsl.Runtime.Tests.Numerics;

/// <summary>
/// The helper threads are shared by every sweep in the process: many callers sharing sweeps at once must each get
/// the values of the same sweep run as one range on one thread (the oracle: the kernel the shared sweep cuts into
/// chunks), bit for bit, and none may wait for a helper busy with another caller's sweep. The deadline is about a
/// hundred times what the work needs on one core.
/// </summary>
public class SweepHelpersTests
{
    [Fact]
    public async Task Concurrent_shared_sweeps_agree_with_one_range_to_the_bit_and_finish()
    {
        const int states = 40_000;
        var random = new Random(3);
        var successors = Enumerable.Range(0, states * 2 * 4).Select(_ => random.Next(states)).ToArray();
        var probabilities = Enumerable.Repeat(0.25, successors.Length).ToArray();
        var rewards = Enumerable.Range(0, states * 2).Select(_ => -random.NextDouble()).ToArray();
        var table = TransitionTable.FromUniformRows(states, 2, successors, probabilities, rewards);
        Assert.True(table.EntryCount + table.StateCount >= Sweeper<MaxBackup>.ParallelThreshold, "the table must be large enough to be shared");
        var start = Enumerable.Range(0, states).Select(_ => random.NextDouble() * 10 - 5).ToArray();
        var expected = new double[states];
        var expectedResidual = BellmanKernel.SweepRange(table, 0.9, new MaxBackup(), start, expected, 0, states);

        var clock = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, 4 * Environment.ProcessorCount).Select(_ => Task.Run(() =>
        {
            var outcomes = new List<(double[] Next, double Residual)>();
            for (var sweep = 0; sweep < 20; sweep++)
            {
                var next = new double[states];
                outcomes.Add((next, Bellman.Sweep(table, 0.9, start, next)));
            }
            return outcomes;
        }));
        var all = Task.WhenAll(callers);
        var finished = await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.True(finished == all, "concurrent shared sweeps did not finish within 60 s.");
        foreach (var (next, residual) in (await all).SelectMany(outcomes => outcomes))
        {
            Assert.Equal(expected, next);
            Assert.Equal(expectedResidual, residual);
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60));
    }
}
