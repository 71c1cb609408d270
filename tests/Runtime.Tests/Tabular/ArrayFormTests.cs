using MdpDsl.Interchange;
using MdpDsl.Runtime.Tests.Interchange;
using MdpDsl.Runtime.Tests.TestModels;
using MdpDsl.Storage;

namespace MdpDsl.Runtime.Tests.Tabular;

/// <summary>
/// Every way in — the three dense reward shapes, sparse rows, a table, a PRISM model — describes the same model
/// when given the same numbers, and the options mean what they say.
/// </summary>
public class ArrayFormTests
{
    private static readonly double[] Optimal = ToolboxExample.OptimalValue();

    [Fact]
    public void Rewards_per_transition_are_expected_over_successors_like_pymdptoolbox()
    {
        var p = ToolboxExample.Transitions();
        // R[a][s, s′] whose expectation Σ_s′ P R is example.small()'s R[s, a]: (5, 10; −1, 2).
        double[][,] r =
        [
            new[,] { { 8.0, 2.0 }, { -2.0, 3.0 } },
            new[,] { { 123.0, 10.0 }, { 11.0, 1.0 } },
        ];
        var model = TabularMdp.FromArrays(p, r, ToolboxExample.Discount);
        Assert.True(model.Table.HasTransitionRewards);
        Assert.Equal(5.0, model.Reward(0, 0), 12);
        Assert.Equal(-1.0, model.Reward(1, 0), 12);
        Assert.Equal(10.0, model.Reward(0, 1), 12);
        Assert.Equal(2.0, model.Reward(1, 1), 12);
        Approx.Values(Optimal, model.ValueIteration(1e-10).V, 1e-9, "R[a][s, s′]");
    }

    [Fact]
    public void A_reward_per_state_is_earned_under_every_action()
    {
        var model = TabularMdp.FromArrays(ToolboxExample.Transitions(), [1.0, -2.0], 0.5);
        Assert.Equal(1.0, model.Reward(0, 1));
        Assert.Equal(-2.0, model.Reward(1, 0));
        // R[s] is R[s, a] = R[s] for both actions: the best of the four policies' closed forms.
        var expected = ToolboxExample.OptimalValue(new[,] { { 1.0, 1.0 }, { -2.0, -2.0 } }, 0.5);
        Approx.Values(expected, model.ValueIteration(1e-12).V, 1e-10, "R[s]");
    }

    [Fact]
    public void Sparse_rows_with_duplicates_give_the_dense_model()
    {
        (int, double)[][][] rows =
        [
            [[(0, 0.25), (1, 0.5), (0, 0.25)], [(1, 1.0)]],
            [[(1, 0.2), (0, 0.8)], [(0, 0.1), (1, 0.9)]],
        ];
        var model = TabularMdp.FromSparse(rows, ToolboxExample.Rewards(), ToolboxExample.Discount);
        Assert.Equal([(0, 0.5), (1, 0.5)], model.Transitions(0, 0));
        Assert.Equal([(0, 0.8), (1, 0.2)], model.Transitions(1, 0));
        Approx.Values(Optimal, model.ValueIteration(1e-10).V, 1e-9, "sparse");
    }

    [Fact]
    public void A_table_of_uniform_rows_is_solved_as_it_is()
    {
        // example.small() with two successors per pair, in a benchmark file's flat layout.
        var table = TransitionTable.FromUniformRows(2, 2, [0, 1, 0, 1, 0, 1, 0, 1], [0.5, 0.5, 0, 1, 0.8, 0.2, 0.1, 0.9], [5, 10, -1, 2]);
        var model = TabularMdp.FromTable(table, ToolboxExample.Discount);
        Assert.Same(table, model.Table);
        Approx.Values(Optimal, model.PolicyIteration(1e-10).V, 1e-9, "table");
        Assert.Equal(3, TabularMdp.FromTable(table, 1.0, horizon: 3).ValueIteration().Stages.Count);
    }

    [Fact]
    public void A_PRISM_export_read_back_solves_like_the_DSL_model()
    {
        var dsl = new Hallway().Compile();
        using var directory = new TemporaryDirectory();
        dsl.ExportPrism(directory.Path, "hallway");
        var model = TabularMdp.FromPrism(PrismReader.Read(directory.Path, "hallway"), dsl.Discount);

        Assert.True(model.IsTerminal(2));
        var expected = dsl.ValueIteration(1e-12);
        var actual = model.ValueIteration(1e-12);
        for (var s = 0; s < dsl.StateCount; s++)
            Approx.Equal(expected.V[dsl.StateAt(s)], actual.V[s], 1e-10, $"V({s})");
    }

    [Fact]
    public void A_PRISM_state_with_fewer_choices_allows_fewer_actions()
    {
        // State 0 has two choices, state 1 one, state 2 none (a deadlock): actions 0..1, and state 2 ends.
        var prism = new PrismExplicitModel(
            ["x"],
            [["0"], ["1"], ["2"]],
            [
                new PrismChoice(0, 0, "a", -1, [new(1, 1)]),
                new PrismChoice(0, 1, "b", -3, [new(2, 1)]),
                new PrismChoice(1, 0, null, -1, [new(2, 0.5), new(2, 0.5)]),
            ],
            [0.0, -0.5, 0.0],
            [],
            "");
        var model = TabularMdp.FromPrism(prism, 1.0);
        Assert.Equal(2, model.ActionCount);
        Assert.False(model.IsAllowed(1, 1));
        Assert.True(model.IsTerminal(2));
        Assert.Equal(-1.5, model.Reward(1, 0));
        // 0 → 1 → 2 costs 1 + 1.5, straight to 2 costs 3.
        Approx.Values([-2.5, -1.5, 0], model.ValueIteration(1e-12).V, 1e-12, "PRISM");
    }

    [Fact]
    public void Terminal_states_and_masked_actions_are_not_read()
    {
        var p = ToolboxExample.Transitions();
        // Garbage where the options say the rows are unused: a terminal state's rows and a masked action's.
        p[1][1, 0] = double.NaN;
        p[0][0, 0] = 7;
        var rewards = ToolboxExample.Rewards();
        rewards[1, 0] = double.NaN;
        var model = TabularMdp.FromArrays(p, rewards, ToolboxExample.Discount, new TabularMdpOptions
        {
            Terminal = [false, true],
            Allowed = new[,] { { false, true }, { true, true } },
        });
        Assert.False(model.IsAllowed(0, 0));
        // Action 1 from state 0 reaches the terminal state 1 surely: V(0) = 10.
        Approx.Values([10, 0], model.ValueIteration(1e-12).V, 1e-12, "masked");
    }

    [Fact]
    public void The_initial_distribution_is_kept()
    {
        var model = TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), 0.9, new TabularMdpOptions { Initial = [0.25, 0.75] });
        Assert.Equal([(0, 0.25), (1, 0.75)], model.InitialDistribution);
        Assert.Empty(TabularMdp.FromArrays(ToolboxExample.Transitions(), ToolboxExample.Rewards(), 0.9).InitialDistribution);
    }
}
