using System.Diagnostics;
using System.Threading.Tasks;
using MdpDsl.Numerics;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Numerics;

/// <summary>
/// Many large solves at once on pool threads: each sweep is shared with the sweep helpers, so a sweep that waited
/// for helpers busy with another solve's sweep would stall behind the other solves. This is a correctness test with a
/// deadline, not a speed test: the deadline is about a hundred times what the work needs on one core.
/// </summary>
public class ConcurrentSolveTests
{
    // 50,000 states × 2 actions × 2 successors: 200,000 entries and 50,000 states, past the 2^17 units of work at
    // which a sweep is shared.
    private const int States = 50_000;

    [Fact]
    public async Task Many_concurrent_large_solves_finish_and_agree_with_a_lone_solve()
    {
        Assert.True(States * 2 * 2 + States > Sweeper<MaxBackup>.ParallelThreshold, "The model must be large enough for its sweeps to be shared.");
        var model = ArrayModel.Compile(Build(), 0.9);
        var alone = model.ValueIteration(1e-6);
        var solves = 8 * Environment.ProcessorCount;

        var clock = Stopwatch.StartNew();
        var all = Task.WhenAll(Enumerable.Range(0, solves).Select(_ => Task.Run(() => model.ValueIteration(1e-6))));
        var finished = await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.True(finished == all, $"{solves} concurrent solves did not finish within 60 s.");
        foreach (var solution in await all)
        {
            Assert.True(solution.Converged);
            Assert.Equal(alone.Iterations, solution.Iterations);
            Assert.Equal(alone.V.AsSpan().ToArray(), solution.V.AsSpan().ToArray());
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60));
    }

    private static MdpArrays Build()
    {
        var random = new Random(5);
        var m = new MdpArrays(States, 2);
        for (var s = 0; s < States; s++)
        {
            for (var a = 0; a < 2; a++)
            {
                var p = 0.1 + 0.8 * random.NextDouble();
                m.Set(s, (Act)a, -random.NextDouble(), (random.Next(States), p), (random.Next(States), 1 - p));
            }
        }
        return m;
    }
}
