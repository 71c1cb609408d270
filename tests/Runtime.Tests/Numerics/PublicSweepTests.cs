using MdpDsl.Numerics;
using MdpDsl.Runtime.Tests.TestModels;
using MdpDsl.Storage;

namespace MdpDsl.Runtime.Tests.Numerics;

/// <summary>The public single-sweep API over a table built from flat uniform rows, against the reference backups.</summary>
public class PublicSweepTests
{
    private const int States = 7;
    private const int Actions = 3;

    // Successors of (s, a): (s + a + 1) mod 7 and (2s + a) mod 7, with probability 0.3 and 0.7; reward −(s + a)/10.
    private static readonly MdpArrays Arrays = BuildArrays();
    private static readonly TransitionTable Table = BuildTable();

    [Fact]
    public void A_hard_sweep_is_one_value_iteration_backup()
    {
        var values = Enumerable.Range(0, States).Select(s => -0.5 * s).ToArray();
        var next = new double[States];
        var residual = Bellman.Sweep(Table, 0.9, values, next);
        var expected = Reference.Sweep(Arrays, 0.9, Reference.Hard(Arrays), values);
        for (var s = 0; s < States; s++)
            Approx.Equal(expected[s], next[s], 1e-14, $"V'({s})");
        Approx.Equal(expected.Zip(values, (a, b) => Math.Abs(a - b)).Max(), residual, 1e-14, "residual");
    }

    [Fact]
    public void A_soft_sweep_is_one_soft_value_iteration_backup()
    {
        var values = Enumerable.Range(0, States).Select(s => -0.5 * s).ToArray();
        var next = new double[States];
        Bellman.SoftSweep(Table, 0.9, 0.4, values, next);
        var expected = Reference.Sweep(Arrays, 0.9, Reference.Soft(Arrays, 0.4), values);
        for (var s = 0; s < States; s++)
            Approx.Equal(expected[s], next[s], 1e-14, $"V'({s})");
    }

    [Fact]
    public void A_sweep_needs_two_distinct_arrays_of_the_right_length()
    {
        var values = new double[States];
        Assert.Throws<ArgumentException>(() => Bellman.Sweep(Table, 0.9, values, values));
        Assert.Throws<ArgumentException>(() => Bellman.Sweep(Table, 0.9, values, new double[States + 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Bellman.SoftSweep(Table, 0.9, 0, values, new double[States]));
    }

    [Fact]
    public void Uniform_rows_whose_probabilities_do_not_sum_to_one_are_rejected()
    {
        var (successors, probabilities, rewards) = Flat();
        probabilities[4] = 0.2;
        Assert.Throws<ArgumentException>(() => TransitionTable.FromUniformRows(States, Actions, successors, probabilities, rewards));
    }

    [Fact]
    public void Uniform_rows_with_a_successor_outside_the_states_are_rejected()
    {
        var (successors, probabilities, rewards) = Flat();
        successors[5] = States;
        Assert.Throws<ArgumentException>(() => TransitionTable.FromUniformRows(States, Actions, successors, probabilities, rewards));
    }

    private static MdpArrays BuildArrays()
    {
        var m = new MdpArrays(States, Actions);
        for (var s = 0; s < States; s++)
        {
            for (var a = 0; a < Actions; a++)
                m.Set(s, (Act)a, -(s + a) / 10.0, ((s + a + 1) % States, 0.3), ((2 * s + a) % States, 0.7));
        }
        return m;
    }

    private static TransitionTable BuildTable()
    {
        var (successors, probabilities, rewards) = Flat();
        return TransitionTable.FromUniformRows(States, Actions, successors, probabilities, rewards);
    }

    /// <summary>The same dynamics in the flat layout: pair p = s · A + a owns entries 2p and 2p + 1.</summary>
    private static (int[] Successors, double[] Probabilities, double[] Rewards) Flat()
    {
        var successors = new int[States * Actions * 2];
        var probabilities = new double[successors.Length];
        var rewards = new double[States * Actions];
        for (var s = 0; s < States; s++)
        {
            for (var a = 0; a < Actions; a++)
            {
                var p = s * Actions + a;
                for (var k = 0; k < 2; k++)
                    (successors[2 * p + k], probabilities[2 * p + k]) = Arrays.Successors[s, a][k];
                rewards[p] = Arrays.Reward[s, a];
            }
        }
        return (successors, probabilities, rewards);
    }
}
