using System.Globalization;
using MdpDsl.Runtime.Tests.TestModels;
using MdpDsl.Storage;

namespace MdpDsl.Runtime.Tests.Compilation;

/// <summary>
/// A transition that adds its outcomes to <see cref="Successors{TState}"/> compiles to exactly the table of the same
/// model declared with an iterator: the identity of two declarations, checked array by array and bit for bit, on
/// random MDPs (duplicates, masks, terminal states, rewards of the successor) and on a small static model.
/// </summary>
public class SuccessorSinkTests
{
    [Fact]
    public void Random_models_compile_to_the_same_table_from_either_declaration() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var iterated = new IteratedArrays { Arrays = mdp.Arrays }.Compile();
            var sink = new SinkArrays { Arrays = mdp.Arrays }.Compile();
            AssertSameTable(iterated.Table, sink.Table);
        });

    [Fact]
    public void Random_models_with_rewards_of_the_successor_compile_to_the_same_table_from_either_declaration() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            mdp.Arrays.RewardOnEntry = (s, a, next) => -0.125 * next - 0.5 * s - (int)a;
            var iterated = new IteratedArrays { Arrays = mdp.Arrays }.Compile();
            var sink = new SinkArrays { Arrays = mdp.Arrays }.Compile();
            Assert.True(sink.Table.HasTransitionRewards);
            AssertSameTable(iterated.Table, sink.Table);
        });

    [Fact]
    public void A_static_sink_model_compiles_to_the_table_of_its_iterator_twin_and_merges_a_repeated_successor()
    {
        var sink = SlipperyChain.Compile();
        var iterated = IteratedSlipperyChain.Compile();
        AssertSameTable(iterated.Table, sink.Table);
        Assert.Equal(iterated.InitialDistribution.Select(x => (x.Item1.X, x.Item2)), sink.InitialDistribution.Select(x => (x.Item1.X, x.Item2)));
        // In cell 0 a move left stays on 0 whether it slips or not: the two outcomes merge into one of p = 1.
        Assert.Equal(new[] { (new SlipperyChain.Cell(0), 1.0) }, sink.Transitions(new SlipperyChain.Cell(0), SlipperyChain.Move.Left));
    }

    [Fact]
    public void A_bad_probability_added_to_the_sink_names_the_state_the_action_and_the_value()
    {
        var exception = Assert.Throws<ModelValidationException>(() => new FaultySink { Leak = -0.25 }.Compile());
        Assert.Equal(new FaultySink.Cell(2), exception.State);
        Assert.Equal(FaultySink.Move.Go, exception.Action);
        Assert.Equal(-0.25, exception.Value);
        Assert.Contains("Cell { X = 2 }", exception.Message);
        Assert.Contains("Go", exception.Message);
        Assert.Contains("-0.25", exception.Message);
    }

    [Fact]
    public void Probabilities_added_to_the_sink_that_do_not_sum_to_one_name_the_state_the_action_and_the_sum()
    {
        var exception = Assert.Throws<ModelValidationException>(() => new FaultySink { Leak = 0.25 }.Compile());
        Assert.Equal(new FaultySink.Cell(2), exception.State);
        Assert.Equal(FaultySink.Move.Go, exception.Action);
        Assert.Equal(1.25, exception.Value);
        Assert.Contains((1.25).ToString("R", CultureInfo.InvariantCulture), exception.Message);
    }

    [Fact]
    public void A_test_can_call_a_sink_transition_and_read_back_what_it_added()
    {
        var next = new Successors<SlipperyChain.Cell>();
        SlipperyChain.Step(new SlipperyChain.Cell(1), SlipperyChain.Move.Right, next);
        Assert.Equal(2, next.Count);
        Assert.Equal((new SlipperyChain.Cell(2), 0.75), next[0]);
        Assert.Equal((new SlipperyChain.Cell(1), 0.25), next[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => next[2]);
    }

    private static void AssertSameTable(TransitionTable expected, TransitionTable actual)
    {
        Assert.Equal(expected.StateCount, actual.StateCount);
        Assert.Equal(expected.ActionCount, actual.ActionCount);
        Assert.Equal(expected.RowStart, actual.RowStart);
        Assert.Equal(expected.Successors, actual.Successors);
        Assert.Equal(expected.Probabilities, actual.Probabilities);
        Assert.Equal(expected.Rewards, actual.Rewards);
        Assert.Equal(expected.TransitionRewards, actual.TransitionRewards);
        Assert.Equal(expected.Allowed, actual.Allowed);
        Assert.Equal(expected.Terminal, actual.Terminal);
        Assert.Equal(expected.Bytes, actual.Bytes);
    }
}

/// <summary>
/// A chain of 4 cells: a move goes its way with probability ¾ and slips in place with ¼ (a wall keeps the walker in
/// place, so cell 0 moving left lands on 0 twice, which merges); cell 3 ends the episode. Static members, reward r(s).
/// </summary>
[Mdp(Discount = 0.9)]
public partial class SlipperyChain
{
    [State] public readonly record struct Cell([Range(0, 3)] int X);

    [Action] public enum Move { Left, Right }

    [Initial] public static Cell Start => new(0);

    [Terminal] public static bool AtEnd(Cell s) => s.X == 3;

    [Reward] public static double Cost(Cell s) => -1 - 0.5 * s.X;

    [Transition]
    public static void Step(Cell s, Move a, Successors<Cell> next)
    {
        next.Add(Go(s, a == Move.Left ? -1 : 1), 0.75);
        next.Add(s, 0.25);
    }

    internal static Cell Go(Cell s, int step) => new(Math.Clamp(s.X + step, 0, 3));
}

/// <summary><see cref="SlipperyChain"/> declared with an iterator.</summary>
[Mdp(Discount = 0.9)]
public partial class IteratedSlipperyChain
{
    [State] public readonly record struct Cell([Range(0, 3)] int X);

    [Action] public enum Move { Left, Right }

    [Initial] public static Cell Start => new(0);

    [Terminal] public static bool AtEnd(Cell s) => s.X == 3;

    [Reward] public static double Cost(Cell s) => -1 - 0.5 * s.X;

    [Transition]
    public static IEnumerable<(Cell, double)> Step(Cell s, Move a)
    {
        yield return (new Cell(SlipperyChain.Go(new SlipperyChain.Cell(s.X), a == Move.Left ? -1 : 1).X), 0.75);
        yield return (s, 0.25);
    }
}

/// <summary>A chain whose cell 2, moving on, adds a third outcome of probability <see cref="Leak"/> (an instance parameter).</summary>
[Mdp(Discount = 0.9)]
public partial class FaultySink
{
    public double Leak { get; init; }

    [State] public readonly record struct Cell([Range(0, 3)] int X);

    [Action] public enum Move { Stay, Go }

    [Reward] public static double Cost(Cell s, Move a) => -1;

    [Transition]
    public void Step(Cell s, Move a, Successors<Cell> next)
    {
        var target = a == Move.Go ? new Cell(Math.Min(s.X + 1, 3)) : s;
        next.Add(target, 0.5);
        next.Add(s, 0.5);
        if (s.X == 2 && a == Move.Go)
            next.Add(new Cell(0), Leak);
    }
}
