using MdpDsl.Numerics;
using MdpDsl.Runtime.Tests.TestModels;
using MdpDsl.Storage;

namespace MdpDsl.Runtime.Tests.Numerics;

/// <summary>
/// A sweep large enough to be shared between threads gives the values and residual of the same sweep run as one
/// range on the calling thread, sweep after sweep: bit for bit for the hard backup, and for the soft backup with and
/// without an action prior to rounding only. The single range is the oracle: it is the kernel the shared sweep
/// cuts into chunks.
/// </summary>
/// <remarks>
/// The soft backup's vectorized exp and log are not bit-reproducible within a process: tiered compilation replaces
/// their first code by code for wider vectors while the test runs, which moves the last bit of a few values even
/// between two runs of the same single range. Chunks are whole kernel blocks, so sharing adds no difference of its own.
/// </remarks>
public class SharedSweepTests
{
    private const int Sweeps = 6;

    /// <summary>
    /// Rounding only, relative to max(1, |V|): the values pass through exp and log, whose error is absolute in the
    /// log, and 1e-14 is far below the 1e-10 the solvers' oracle tests allow.
    /// </summary>
    private const double LastBits = 1e-14;

    [Theory]
    [InlineData(false, 4)]
    [InlineData(true, 4)]
    [InlineData(false, 7)]
    [InlineData(true, 2)]
    public void Hard_sweeps_shared_or_not_agree_to_the_bit(bool deterministic, int actions)
    {
        var table = RandomTable(deterministic, actions, seed: actions);
        AssertSameEverySweep(table, new MaxBackup(), (values, next) => Bellman.Sweep(table, 0.97, values, next), relative: 0);
    }

    [Theory]
    [InlineData(false, 4, 1.0)]
    [InlineData(true, 4, 0.3)]
    [InlineData(false, 7, 5.0)]
    [InlineData(true, 2, 1.0)]
    public void Soft_sweeps_shared_or_not_agree_to_the_bit(bool deterministic, int actions, double temperature)
    {
        var table = RandomTable(deterministic, actions, seed: 10 + actions);
        AssertSameEverySweep(table, new SoftBackup(temperature), (values, next) => Bellman.SoftSweep(table, 0.97, temperature, values, next), LastBits);
    }

    [Fact]
    public void Soft_sweeps_with_an_action_prior_shared_or_not_agree_to_the_bit()
    {
        var table = RandomTable(deterministic: false, actions: 3, seed: 5);
        var random = new Random(6);
        var prior = new double[table.StateCount * 3];
        for (var s = 0; s < table.StateCount; s++)
        {
            var weights = Enumerable.Range(0, 3).Select(a => table.IsAllowed(s, a) ? random.NextDouble() + 0.05 : 0).ToArray();
            for (var a = 0; a < 3; a++)
                prior[s * 3 + a] = weights[a] / Math.Max(weights.Sum(), 1e-300);
        }
        var backup = new SoftBackup(0.7, prior);
        AssertSameEverySweep(table, backup, (values, next) => Sweeper<SoftBackup>.Sweep(table, 0.97, backup, values, next), LastBits);
    }

    private static void AssertSameEverySweep<TBackup>(TransitionTable table, TBackup backup, Func<double[], double[], double> shared, double relative)
        where TBackup : struct, IBackup
    {
        Assert.True(table.EntryCount + table.StateCount >= Sweeper<TBackup>.ParallelThreshold, "the table must be large enough to be shared");
        var states = table.StateCount;
        var (alone, aloneNext) = (StartValues(states), new double[states]);
        var (together, togetherNext) = (StartValues(states), new double[states]);
        for (var sweep = 1; sweep <= Sweeps; sweep++)
        {
            var aloneResidual = BellmanKernel.SweepRange(table, 0.97, backup, alone, aloneNext, 0, states);
            var sharedResidual = shared(together, togetherNext);
            AssertSame(aloneResidual, sharedResidual, relative, $"sweep {sweep}, residual");
            for (var s = 0; s < states; s++)
                AssertSame(aloneNext[s], togetherNext[s], relative, $"sweep {sweep}, state {s}");
            (alone, aloneNext) = (aloneNext, alone);
            (together, togetherNext) = (togetherNext, together);
        }
    }

    private static void AssertSame(double alone, double shared, double relative, string what)
    {
        var same = relative == 0
            ? BitConverter.DoubleToInt64Bits(alone) == BitConverter.DoubleToInt64Bits(shared)
            : Math.Abs(alone - shared) <= relative * Math.Max(1, Math.Abs(alone));
        if (!same)
            Assert.Fail($"{what}: {alone:R} alone, {shared:R} shared.");
    }

    private static double[] StartValues(int states)
    {
        var random = new Random(99);
        return Enumerable.Range(0, states).Select(_ => random.NextDouble() * 40 - 20).ToArray();
    }

    /// <summary>
    /// A random table with a state count that is no multiple of the kernel's blocks, rows of 1–6 successors (one
    /// when deterministic), terminal states and disallowed actions, large enough to take the shared path.
    /// </summary>
    private static TransitionTable RandomTable(bool deterministic, int actions, int seed)
    {
        var random = new Random(seed);
        var states = Sweeper<MaxBackup>.ParallelThreshold / (deterministic ? actions : 2 * actions) + 1_001;
        var arrays = new MdpArrays(states, actions) { Deterministic = deterministic };
        for (var s = 0; s < states; s++)
        {
            arrays.Terminal[s] = random.NextDouble() < 0.03;
            for (var a = 0; a < actions; a++)
            {
                arrays.Allowed[s, a] = a == 0 || random.NextDouble() < 0.85;
                var count = deterministic ? 1 : random.Next(1, 7);
                var weights = Enumerable.Range(0, count).Select(_ => random.NextDouble() + 0.01).ToArray();
                arrays.Set(s, (Act)a, -3 * random.NextDouble(), weights.Select(w => (random.Next(states), w / weights.Sum())).ToArray());
            }
        }
        return ArrayModel.Compile(arrays, 0.97).Table;
    }
}
