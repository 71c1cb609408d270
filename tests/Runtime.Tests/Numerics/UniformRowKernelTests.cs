using CsCheck;
using MdpDsl.Numerics;
using MdpDsl.Runtime.Tests.TestModels;
using MdpDsl.Storage;

namespace MdpDsl.Runtime.Tests.Numerics;

/// <summary>
/// The fixed-width kernels (no row starts, rows specialized by width) against two oracles: the row-start kernels on
/// the same rows, which must agree bit for bit because both add each row in the same order, and a textbook loop over
/// the flat arrays written here. The row-start twin of a table is the same rows plus one terminal state that nothing
/// reaches: its empty rows make the table non-uniform, and it changes no other state's value.
/// </summary>
public class UniformRowKernelTests
{
    private const double Discount = 0.97;

    /// <summary>
    /// Relative to max(1, |V|), between the two kernels: they compute Q bit for bit alike and share the backup, whose
    /// vectorized exp and log may move a last bit when tiered compilation swaps their code while the test runs.
    /// </summary>
    private const double Rounding = 1e-15;

    /// <summary>
    /// Relative to max(1, |V|), against the textbook loop: the sums agree, but its scalar Math.Exp and Math.Log round
    /// differently from the vectorized ones by an ulp or two, which the log turns into an absolute error.
    /// </summary>
    private const double ExpLogRounding = 1e-14;

    private static readonly Gen<Flat> Tables =
        from states in Gen.Int[1, 300]
        from actions in Gen.Int[1, 5]
        from width in Gen.OneOfConst(1, 2, 3, 4, 5, 8, 11)
        from seed in Gen.Int
        select Flat.Random(states, actions, width, seed);

    [Fact]
    public void Hard_sweeps_agree_with_the_row_start_kernel_to_the_bit_and_with_the_textbook_loop() =>
        Property.ForAll(Tables, flat =>
        {
            var table = flat.Table();
            Assert.Equal(flat.Width, table.UniformWidth);
            var next = new double[flat.States];
            var residual = Bellman.Sweep(table, Discount, flat.Values, next);

            var (twinNext, twinResidual) = flat.TwinSweep((twin, values, output) => Bellman.Sweep(twin, Discount, values, output));
            Assert.Equal(twinNext, next);
            Assert.Equal(twinResidual, residual);
            AssertClose(flat.Textbook(q => q.Max()), next, Rounding);
        });

    [Fact]
    public void Soft_sweeps_agree_with_the_row_start_kernel_and_with_the_textbook_loop() =>
        Property.ForAll(Tables, flat =>
        {
            var temperature = 0.5 + flat.Width % 3;
            var table = flat.Table();
            var next = new double[flat.States];
            Bellman.SoftSweep(table, Discount, temperature, flat.Values, next);

            var (twinNext, _) = flat.TwinSweep((twin, values, output) => Bellman.SoftSweep(twin, Discount, temperature, values, output));
            AssertClose(twinNext, next, Rounding);
            AssertClose(flat.Textbook(q => Reference.SoftMaximum(q, temperature)), next, ExpLogRounding);
        });

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(6)]
    public void Shared_sweeps_of_a_large_table_agree_with_the_row_start_kernel_to_the_bit(int width)
    {
        // 40,000 states × 4 actions × K entries is above the threshold at which a sweep is shared between threads.
        var flat = Flat.Random(40_000, 4, width, seed: width);
        var table = flat.Table();
        for (var sweep = 0; sweep < 3; sweep++)
        {
            var next = new double[flat.States];
            var residual = Bellman.Sweep(table, Discount, flat.Values, next);
            var (twinNext, twinResidual) = flat.TwinSweep((twin, values, output) => Bellman.Sweep(twin, Discount, values, output));
            Assert.Equal(twinNext, next);
            Assert.Equal(twinResidual, residual);
            flat = flat with { Values = next };
        }
    }

    private static void AssertClose(double[] expected, double[] actual, double relative)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var s = 0; s < expected.Length; s++)
            Approx.Equal(expected[s], actual[s], relative * Math.Max(1, Math.Abs(expected[s])), $"V'({s})");
    }

    /// <summary>A fixed-width table as the flat arrays of <see cref="TransitionTable.FromUniformRows"/>, and values of mixed sign.</summary>
    private sealed record Flat(int States, int Actions, int Width, int[] Successors, double[] Probabilities, double[] Rewards, double[] Values)
    {
        public static Flat Random(int states, int actions, int width, int seed)
        {
            var random = new Random(seed);
            var pairs = states * actions;
            var successors = new int[pairs * width];
            var probabilities = new double[pairs * width];
            for (var pair = 0; pair < pairs; pair++)
            {
                var weights = Enumerable.Range(0, width).Select(_ => random.NextDouble() + 0.01).ToArray();
                for (var k = 0; k < width; k++)
                {
                    successors[pair * width + k] = random.Next(states);
                    probabilities[pair * width + k] = weights[k] / weights.Sum();
                }
            }
            var rewards = Enumerable.Range(0, pairs).Select(_ => random.NextDouble() * 4 - 3).ToArray();
            var values = Enumerable.Range(0, states).Select(_ => random.NextDouble() * 20 - 10).ToArray();
            return new Flat(states, actions, width, successors, probabilities, rewards, values);
        }

        public TransitionTable Table() =>
            TransitionTable.FromUniformRows(States, Actions, (int[])Successors.Clone(), (double[])Probabilities.Clone(), (double[])Rewards.Clone());

        /// <summary>The same sweep over the row-start twin; returns the first <see cref="States"/> values and the residual.</summary>
        public (double[] Next, double Residual) TwinSweep(Func<TransitionTable, double[], double[], double> sweep)
        {
            var pairs = States * Actions;
            var rowStart = new int[pairs + Actions + 1];
            for (var pair = 0; pair < rowStart.Length; pair++)
                rowStart[pair] = Math.Min(pair, pairs) * Width;
            var twin = new TransitionTable(
                States + 1, Actions, rowStart, (int[])Successors.Clone(), (double[])Probabilities.Clone(),
                [.. Rewards, .. new double[Actions]], null,
                [.. Enumerable.Repeat(true, pairs), .. new bool[Actions]],
                [.. new bool[States], true]);
            Assert.Equal(0, twin.UniformWidth);
            var next = new double[States + 1];
            var residual = sweep(twin, [.. Values, 0], next);
            return (next[..States], residual);
        }

        /// <summary>V'(s) = backup over a of r(s, a) + γ Σ_k p V(s'), summed left to right.</summary>
        public double[] Textbook(Func<double[], double> backup)
        {
            var next = new double[States];
            for (var s = 0; s < States; s++)
            {
                var q = new double[Actions];
                for (var a = 0; a < Actions; a++)
                {
                    var pair = s * Actions + a;
                    var expected = 0.0;
                    for (var k = pair * Width; k < (pair + 1) * Width; k++)
                        expected += Probabilities[k] * Values[Successors[k]];
                    q[a] = Rewards[pair] + Discount * expected;
                }
                next[s] = backup(q);
            }
            return next;
        }
    }
}
