using System.IO;
using MdpDsl.Interchange;

namespace MdpDsl.Runtime.Tests.Interchange;

/// <summary>The PRISM explicit files of small models, checked line by line against text written out by hand.</summary>
public class PrismExportTests
{
    [Fact]
    public void The_hallway_is_written_exactly_as_prism_writes_an_mdp()
    {
        using var directory = new TemporaryDirectory();
        var files = new Hallway().Compile().ExportPrism(directory.Path, "hallway");

        Assert.Equal(directory.File("hallway"), files.BasePath);
        // 3 states, 5 choices (2 + 2 + the terminal self-loop), 7 transitions; successors ascending; action labels.
        AssertFile(files.Transitions, """
            3 5 7
            0 0 0 1 Back
            0 1 0 0.25 Forward
            0 1 1 0.75 Forward
            1 0 0 1 Back
            1 1 1 0.25 Forward
            1 1 2 0.75 Forward
            2 0 2 1
            """);
        AssertFile(files.States, """
            (Pos)
            0:(0)
            1:(1)
            2:(2)
            """);
        AssertFile(files.Labels, """
            0="init" 1="deadlock" 2="terminal"
            0: 0
            2: 2
            """);
        AssertFile(files.StateRewards, """
            # Reward structure "reward"
            # State rewards
            3 0
            """);
        // r(s, a, s′) becomes r(s, a): Forward from cell 1 pays 0.75 · 10 + 0.25 · (−1) = 7.25 on both of its lines.
        AssertFile(files.TransitionRewards, """
            # Reward structure "reward"
            # Transition rewards
            3 5 6
            0 0 0 -1
            0 1 0 -1
            0 1 1 -1
            1 0 0 -1
            1 1 1 7.25
            1 1 2 7.25
            """);
    }

    [Fact]
    public void Nested_states_flatten_enums_become_their_values_and_keywords_get_an_underscore()
    {
        var prism = Courier.Compile().ToPrism();

        // Position.X is a PRISM keyword on its own, but flattened it is At_X; the enum Weather is written as 1 and 5.
        Assert.Equal(["At_X", "At_Y", "Carrying", "Sky"], prism.Variables);
        var start = Courier.IndexOf(new Courier.Load(new Courier.Position(0, 0), true, Courier.Weather.Storm));
        Assert.Equal(["0", "0", "true", "5"], prism.States[start]);

        // E, S and W are temporal operators of PRISM's property language; N is not.
        Assert.Equal(["N", "E_", "S_", "W_"], prism.ChoicesOf(start).Select(c => c.Action));
        var destination = Courier.IndexOf(new Courier.Load(Courier.Destination, true, Courier.Weather.Clear));
        Assert.Equal(["N", "E_", "S_", "W_", "Drop"], prism.ChoicesOf(destination).Select(c => c.Action));

        // In a storm, N from (0, 0) reaches (0, 1) or stays, half and half.
        var north = prism.ChoicesOf(start).Single(c => c.Action == "N");
        var up = Courier.IndexOf(new Courier.Load(new Courier.Position(0, 1), true, Courier.Weather.Storm));
        Assert.Equal([new PrismTransition(start, 0.5), new PrismTransition(up, 0.5)], north.Transitions);

        // The initial distribution's support is init; terminal states are labelled and absorbing.
        var clear = Courier.IndexOf(new Courier.Load(new Courier.Position(0, 0), true, Courier.Weather.Clear));
        Assert.Equal([clear, start], prism.LabelledStates("init"));
        Assert.Empty(prism.LabelledStates("deadlock")!);
        var terminal = prism.LabelledStates("terminal")!;
        Assert.Equal(8, terminal.Count);
        foreach (var s in terminal)
        {
            var loop = Assert.Single(prism.ChoicesOf(s));
            Assert.Null(loop.Action);
            Assert.Equal(0, loop.Reward);
            Assert.Equal([new PrismTransition(s, 1)], loop.Transitions);
        }
    }

    [Fact]
    public void An_enum_state_is_one_variable_and_without_an_initial_state_every_state_is_init()
    {
        using var directory = new TemporaryDirectory();
        var files = Temper.Compile().ExportPrism(directory.Path, "temper");

        AssertFile(files.States, """
            (Mood)
            0:(0)
            1:(1)
            """);
        AssertFile(files.Labels, """
            0="init" 1="deadlock" 2="terminal"
            0: 0
            1: 0
            """);
    }

    [Fact]
    public void A_state_with_fields_prism_cannot_hold_is_described_by_its_index()
    {
        var model = new Words().Compile();
        var prism = model.ToPrism();

        Assert.Equal(["state"], prism.Variables);
        Assert.Equal(model.StateCount, prism.StateCount);
        for (var s = 0; s < prism.StateCount; s++)
            Assert.Equal([s.ToString(System.Globalization.CultureInfo.InvariantCulture)], prism.States[s]);
    }

    [Fact]
    public void Negated_rewards_are_costs_under_the_reward_structure_asked_for()
    {
        using var directory = new TemporaryDirectory();
        var options = new PrismExportOptions { NegateRewards = true, RewardStructure = "cost" };
        var files = new Hallway().Compile().ExportPrism(directory.Path, "hallway", options);

        AssertFile(files.TransitionRewards, """
            # Reward structure "cost"
            # Transition rewards
            3 5 6
            0 0 0 1
            0 1 0 1
            0 1 1 1
            1 0 0 1
            1 1 1 -7.25
            1 1 2 -7.25
            """);
        Assert.StartsWith("# Reward structure \"cost\"\n", File.ReadAllText(files.StateRewards), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_prism_cannot_parse_are_refused_before_anything_is_written()
    {
        using var directory = new TemporaryDirectory();
        var model = new Hallway().Compile();

        var badName = Assert.Throws<ArgumentException>(() => model.ExportPrism(directory.Path, "hallway", new PrismExportOptions { RewardStructure = "my reward" }));
        Assert.Contains("not a PRISM identifier", badName.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => model.ExportPrism(directory.Path, Path.Combine("sub", "hallway")));
        Assert.Empty(Directory.EnumerateFiles(directory.Path));
    }

    [Fact]
    public void The_writers_also_write_to_any_text_writer()
    {
        var prism = new Hallway().Compile().ToPrism();
        using var text = new StringWriter { NewLine = "\r\n" };

        PrismWriter.WriteStates(prism, text);

        // Lines end in '\n' whatever the writer's NewLine, so files are the same on every platform.
        Assert.Equal("(Pos)\n0:(0)\n1:(1)\n2:(2)\n", text.ToString());
    }

    private static void AssertFile(string path, string expected) =>
        Assert.Equal(expected.ReplaceLineEndings("\n") + "\n", File.ReadAllText(path));
}
