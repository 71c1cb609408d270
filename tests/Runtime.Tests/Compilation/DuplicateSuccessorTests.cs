using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Compilation;

/// <summary>A successor listed more than once is one successor whose probability is the sum (DESIGN §2).</summary>
public class DuplicateSuccessorTests
{
    [Fact]
    public void Duplicate_successors_are_merged_by_adding_their_probabilities_and_sorted()
    {
        var m = SmallModels.Ring(8);
        m.Set(2, Act.A1, -1, (5, 0.25), (3, 0.125), (5, 0.5), (3, 0.125));
        var model = ArrayModel.Compile(m, 0.9);
        Assert.Equal(new[] { (3, 0.25), (5, 0.75) }, model.Transitions(2, Act.A1));
        Assert.Equal(new[] { 3, 5 }, model.Table.SuccessorsOf(2, (int)Act.A1).ToArray());
    }

    [Fact]
    public void Merging_keeps_the_expected_successor_dependent_reward()
    {
        // r(s, a, s') = −s' − 0.1: the expectation over the raw list is what the model must report.
        var m = SmallModels.Ring(8);
        m.Set(2, Act.A1, 0, (5, 0.3), (3, 0.2), (5, 0.4), (6, 0.1));
        m.RewardOnEntry = (_, _, next) => -next - 0.1;
        var model = ArrayModel.Compile(m, 0.9);
        Approx.Equal(m.ExpectedReward(2, 1), model.Reward(2, Act.A1), 1e-15, "r(2, A1)");
    }

    [Fact]
    public void A_reward_that_ignores_the_successor_is_stored_exactly_as_evaluated_when_duplicates_merge()
    {
        // ModelCompiler promises that such a reward "is stored as evaluated, not re-summed, so that it stays exact".
        // Two entries for successor 3 with p = 0.3 and 0.7 merge to one; the mean (0.3·r + 0.7·r)/(0.3 + 0.7)
        // rounds to −0.09999999999999999 for r = −0.1, so the stored reward must not be that mean.
        var m = SmallModels.Ring(8);
        m.Set(2, Act.A1, -0.1, (3, 0.3), (3, 0.7));
        var model = ArrayModel.Compile(m, 0.9);
        Assert.Equal(-0.1, model.Reward(2, Act.A1));
    }

    [Fact]
    public void Solving_with_duplicates_equals_solving_with_them_merged_by_hand() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var merged = new MdpArrays(mdp.Arrays.StateCount, mdp.Arrays.ActionCount);
            for (var s = 0; s < merged.StateCount; s++)
            {
                merged.Terminal[s] = mdp.Arrays.Terminal[s];
                for (var a = 0; a < merged.ActionCount; a++)
                {
                    merged.Allowed[s, a] = mdp.Arrays.Allowed[s, a];
                    var rows = mdp.Arrays.Successors[s, a].GroupBy(x => x.Next).Select(g => (g.Key, g.Sum(x => x.Probability))).ToArray();
                    merged.Set(s, (Act)a, mdp.Arrays.Reward[s, a], rows);
                }
            }
            // Both are solved to ε = 1e-10 (within 5e-11 of the same fixed point); merging order only rounds.
            Approx.Values(
                ArrayModel.Compile(merged, mdp.Discount).ValueIteration(1e-10).V.AsSpan().ToArray(),
                ArrayModel.Compile(mdp.Arrays, mdp.Discount).ValueIteration(1e-10).V,
                1e-9,
                "duplicates vs merged");
        });
}
