using MdpDsl.Runtime.Tests.TestModels;
using MdpDsl.Storage;

namespace MdpDsl.Runtime.Tests.Compilation;

/// <summary>
/// <c>Compile()</c> writes the table into arrays that it sizes ahead and trims once: whatever the row lengths, the
/// table it hands over holds exactly its entries, row by row as the dynamics declared them, with no slack kept.
/// The expected layout is rebuilt here from the raw successor lists, merging duplicates with LINQ.
/// </summary>
public class CompiledTableLayoutTests
{
    [Fact]
    public void Random_models_compile_to_exactly_their_merged_rows()
    {
        Property.ForAll(RandomMdps.Discounted, mdp => AssertLayout(mdp.Arrays, ArrayModel.Compile(mdp.Arrays, mdp.Discount).Table));
    }

    [Fact]
    public void Rows_that_lengthen_after_short_first_rows_are_all_kept()
    {
        // The first rows have one successor, the later ones up to twelve: the first guess at the entry count (one
        // per pair) falls short many times over, so the arrays must grow while keeping every row.
        var arrays = new MdpArrays(300, 3);
        for (var s = 0; s < 300; s++)
        {
            for (var a = 0; a < 3; a++)
            {
                var count = s < 5 ? 1 : 1 + (s + a) % 12;
                arrays.Set(s, (Act)a, -1, Enumerable.Range(0, count).Select(k => ((s * 7 + k * 13) % 300, 1.0 / count)).ToArray());
            }
        }
        AssertLayout(arrays, ArrayModel.Compile(arrays, 0.9).Table);
    }

    [Fact]
    public void Rewards_per_successor_are_stored_for_every_entry()
    {
        var arrays = new MdpArrays(40, 2) { RewardOnEntry = (s, a, next) => -(s + next + (int)a) / 10.0 };
        for (var s = 0; s < 40; s++)
        {
            arrays.Terminal[s] = s % 9 == 0;
            arrays.Set(s, Act.A0, 0, ((s + 1) % 40, 0.25), ((s + 3) % 40, 0.75));
            arrays.Set(s, Act.A1, 0, ((s + 2) % 40, 1.0));
        }
        var table = ArrayModel.Compile(arrays, 0.9).Table;
        AssertLayout(arrays, table);
        Assert.Equal(table.EntryCount, table.TransitionRewards!.Length);
        for (var s = 0; s < 40; s++)
        {
            for (var a = 0; a < 2; a++)
            {
                var range = table.RowRange(s, a);
                for (var entry = range.Start.Value; entry < range.End.Value; entry++)
                    Assert.Equal(-(s + table.Successors[entry] + a) / 10.0, table.TransitionReward(s, a, entry));
            }
        }
    }

    [Fact]
    public void Deterministic_storage_has_one_entry_per_pair()
    {
        var arrays = SmallModels.Line(9, actions: 3);
        arrays.Deterministic = true;
        var table = ArrayModel.Compile(arrays, 0.9).Table;
        Assert.Equal(27, table.Successors.Length);
        Assert.Null(table.Probabilities);
        AssertPerPairLengths(arrays.StateCount, arrays.ActionCount, table);
    }

    [Fact]
    public void A_discovered_state_space_is_trimmed_to_the_states_found()
    {
        // The counter reaches 0..37; the per-pair arrays grow by doubling while the states are found.
        var table = ArrayModel.CompileReachable(new CounterDynamics(37), 2, 0.9, maxStates: 1000).Table;
        Assert.Equal(38, table.StateCount);
        AssertPerPairLengths(38, 2, table);
        Assert.Equal(76, table.Successors.Length);
        for (var s = 0; s < 37; s++)
            Assert.Equal(new[] { s + 1 }, table.SuccessorsOf(s, 1).ToArray());
        Assert.Empty(table.SuccessorsOf(37, 0).ToArray());
    }

    private static void AssertLayout(MdpArrays arrays, TransitionTable table)
    {
        AssertPerPairLengths(arrays.StateCount, arrays.ActionCount, table);
        var entries = 0;
        for (var s = 0; s < arrays.StateCount; s++)
        {
            for (var a = 0; a < arrays.ActionCount; a++)
            {
                var expected = arrays.Terminal[s] || !arrays.Allowed[s, a]
                    ? Array.Empty<(int Next, double Probability)>()
                    : arrays.Successors[s, a].Where(x => x.Probability > 0).GroupBy(x => x.Next)
                        .Select(g => (Next: g.Key, Probability: g.Sum(x => x.Probability))).OrderBy(x => x.Next).ToArray();
                Assert.Equal(entries, table.RowStart![s * arrays.ActionCount + a]);
                Assert.Equal(expected.Select(x => x.Next), table.SuccessorsOf(s, a).ToArray());
                var range = table.RowRange(s, a);
                for (var k = 0; k < expected.Length; k++)
                    Approx.Equal(expected[k].Probability, table.Probability(range.Start.Value + k), 1e-15, $"p({expected[k].Next} | {s}, {a})");
                entries += expected.Length;
            }
        }
        Assert.Equal(entries, table.RowStart![^1]);
        Assert.Equal(entries, table.Successors.Length);
        Assert.Equal(entries, table.Probabilities!.Length);
    }

    private static void AssertPerPairLengths(int states, int actions, TransitionTable table)
    {
        var pairs = states * actions;
        Assert.Equal(pairs, table.Rewards.Length);
        Assert.Equal(pairs, table.Allowed.Length);
        Assert.Equal(states, table.Terminal.Length);
        if (table.RowStart is not null)
            Assert.Equal(pairs + 1, table.RowStart.Length);
    }
}
