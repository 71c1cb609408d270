using System.IO;
using MdpDsl.Interchange;

namespace MdpDsl.Runtime.Tests.Interchange;

/// <summary>The reader accepts what PRISM writes and names the file and line of anything else.</summary>
public class PrismReaderTests
{
    [Fact]
    public void Comments_initial_state_lines_fractions_and_missing_files_are_read_as_prism_reads_them()
    {
        var transitions = """
            # Transitions (MDP)
            2 3 4
            - - 0 -
            0 0 0 1/3 go
            0 0 1 2/3 go

            0 1 0 1 stay
            1 0 1 1
            """;

        var model = PrismReader.Read(new StringReader(transitions));

        Assert.Equal(["x"], model.Variables);
        Assert.Equal(["1"], model.States[1]);
        Assert.Equal([new PrismTransition(0, 1.0 / 3), new PrismTransition(1, 2.0 / 3)], model.ChoicesOf(0)[0].Transitions);
        Assert.Equal(["go", "stay"], model.ChoicesOf(0).Select(c => c.Action));
        Assert.Null(model.ChoicesOf(1)[0].Action);
        Assert.All(model.Choices, c => Assert.Equal(0, c.Reward));
        Assert.Empty(model.Labels);
        Assert.Equal("", model.RewardStructure);
    }

    [Fact]
    public void A_reward_structure_without_a_name_and_a_state_reward_are_read()
    {
        var model = PrismReader.Read(
            new StringReader("1 1 1\n0 0 0 1\n"),
            stateRewards: new StringReader("1 1\n0 2.5\n"),
            transitionRewards: new StringReader("# Reward structure\n# Transition rewards\n1 1 1\n0 0 0 -3\n"));

        Assert.Equal([2.5], model.StateRewards);
        Assert.Equal(-3, model.Choices[0].Reward);
        Assert.Equal("", model.RewardStructure);
    }

    [Theory]
    [InlineData("2 1\n0 1 1\n", "line 1: this is a Markov chain")]
    [InlineData("", "The .tra file is empty")]
    [InlineData("2 2 3\n0 0 1 1\n1 0 0 1\n", "line 1: the header promises 3 transitions, but the file lists 2")]
    [InlineData("2 2 2\n0 0 1 0.5\n1 0 0 1\n", "line 2: the probabilities of choice 0 of state 0 sum to 0.5, not 1")]
    [InlineData("2 2 2\n0 1 1 1\n1 0 0 1\n", "line 2: state 0 has choice 1 but no choice 0")]
    [InlineData("2 2 3\n0 0 1 0.5 a\n0 0 0 0.5 b\n1 0 0 1\n", "line 3: choice 0 of state 0 is labelled 'a' on line 2 but 'b' here")]
    [InlineData("2 1 1\n0 0 2 1\n", "line 2: successor 2 is out of range (there are 2)")]
    [InlineData("2 1 1\n0 0 1 half\n", "line 2: the probability 'half' is not a finite number")]
    [InlineData("2 1 1\n0 0 1\n", "line 2: expected 'state choice successor probability [action]'")]
    public void A_transitions_file_that_is_not_an_mdp_is_refused_with_its_line(string text, string message)
    {
        var problem = Assert.Throws<ModelFileException>(() => PrismReader.Read(new StringReader(text)));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void States_labels_and_rewards_that_do_not_fit_the_transitions_are_refused()
    {
        const string transitions = "2 2 2\n0 0 1 1 go\n1 0 1 1\n";
        ModelFileException Read(string? states = null, string? labels = null, string? srew = null, string? trew = null) =>
            Assert.Throws<ModelFileException>(() => PrismReader.Read(
                new StringReader(transitions),
                states is null ? null : new StringReader(states),
                labels is null ? null : new StringReader(labels),
                srew is null ? null : new StringReader(srew),
                trew is null ? null : new StringReader(trew)));

        Assert.Contains("The .sta file, line 1: state 1 is not listed", Read(states: "(a)\n0:(1)\n").Message, StringComparison.Ordinal);
        Assert.Contains("The .sta file, line 3: state 1 has 2 values for 1 variables", Read(states: "(a)\n0:(1)\n1:(1,2)\n").Message, StringComparison.Ordinal);
        Assert.Contains("The .lab file, line 1: expected label declarations", Read(labels: "init deadlock\n").Message, StringComparison.Ordinal);
        Assert.Contains("The .lab file, line 2: label 3 is out of range (there are 1)", Read(labels: "0=\"init\"\n0: 3\n").Message, StringComparison.Ordinal);
        Assert.Contains("The .srew file, line 1: the header counts 3 states, but the transitions have 2", Read(srew: "3 0\n").Message, StringComparison.Ordinal);
        Assert.Contains(
            "The .trew file, line 2: the transitions have no transition from state 0 by choice 0 to state 0",
            Read(trew: "2 2 1\n0 0 0 5\n").Message, StringComparison.Ordinal);
        Assert.Contains(
            "reward structure \"a\" but the transition rewards to \"b\"",
            Read(srew: "# Reward structure \"a\"\n2 0\n", trew: "# Reward structure \"b\"\n2 2 0\n").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_choice_whose_transitions_carry_different_rewards_is_refused_as_prism_refuses_it()
    {
        var problem = Assert.Throws<ModelFileException>(() => PrismReader.Read(
            new StringReader("1 1 2\n0 0 0 0.5\n0 0 0 0.5\n"),
            transitionRewards: new StringReader("1 1 2\n0 0 0 1\n0 0 0 2\n")));

        Assert.Contains("line 3: choice 0 of state 0 lists successor 0 twice", problem.Message, StringComparison.Ordinal);

        var rewards = Assert.Throws<ModelFileException>(() => PrismReader.Read(
            new StringReader("2 1 2\n0 0 0 0.5\n0 0 1 0.5\n"),
            transitionRewards: new StringReader("2 1 2\n0 0 0 1\n0 0 1 2\n")));
        Assert.Contains("line 3: choice 0 of state 0 has rewards 1 and 2; a choice's transitions must share one reward", rewards.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_named_in_messages()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("bad.tra"), "1 1 1\n0 0 0 2\n");

        var problem = Assert.Throws<ModelFileException>(() => PrismReader.Read(directory.Path, "bad"));

        Assert.StartsWith(directory.File("bad.tra") + ", line 2:", problem.Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => PrismReader.Read(directory.Path, "missing"));
    }

    [Theory]
    [InlineData("1 1 1\n0 0 0 NaN/1\n", "The .tra file, line 2: the probability 'NaN/1' is not a finite number")]
    [InlineData("1 1 1\n0 0 0 NaN\n", "The .tra file, line 2: the probability 'NaN' is not a finite number")]
    [InlineData("1 1 1\n0 0 0 1/0.0\n", "The .tra file, line 2: the probability '1/0.0' is not a finite number")]
    [InlineData("1 1 1\n0 0 0 Infinity/Infinity\n", "The .tra file, line 2: the probability 'Infinity/Infinity' is not a finite number")]
    public void Probabilities_that_are_not_finite_are_refused_with_file_and_line(string text, string message)
    {
        var problem = Assert.Throws<ModelFileException>(() => PrismReader.Read(new StringReader(text)));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(ModelFileProblem.Corrupted, problem.Problem);
    }

    [Theory]
    [InlineData("NaN/1")]
    [InlineData("-Infinity")]
    [InlineData("1e308/1e-308")]
    public void Rewards_that_are_not_finite_are_refused_with_file_and_line(string reward)
    {
        var problem = Assert.Throws<ModelFileException>(() => PrismReader.Read(
            new StringReader("1 1 1\n0 0 0 1\n"), transitionRewards: new StringReader($"1 1 1\n0 0 0 {reward}\n")));
        Assert.Contains($"The .trew file, line 2: the reward '{reward}' is not a finite number", problem.Message, StringComparison.Ordinal);

        var states = Assert.Throws<ModelFileException>(() => PrismReader.Read(
            new StringReader("1 1 1\n0 0 0 1\n"), stateRewards: new StringReader($"1 1\n0 {reward}\n")));
        Assert.Contains($"The .srew file, line 2: the reward '{reward}' is not a finite number", states.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_that_promises_more_states_than_the_files_hold_is_refused_before_allocating()
    {
        // 22 bytes whose header declares 400 million states: nothing in the files names any state but 0.
        const string tiny = "400000000 1 1\n0 0 0 1\n";
        Assert.Equal(22, tiny.Length);
        var problem = Assert.Throws<ModelFileException>(() => PrismReader.Read(new StringReader(tiny)));
        Assert.Contains("The .tra file, line 1: the header declares 400000000 states, but the transitions mention none beyond state 0", problem.Message, StringComparison.Ordinal);

        // With a .sta file the states must be listed there; a short one is refused without allocating for the header's count.
        var listed = Assert.Throws<ModelFileException>(() => PrismReader.Read(new StringReader(tiny), states: new StringReader("(x)\n0:(0)\n")));
        Assert.Contains("The .sta file, line 1: state 1 is not listed", listed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadlock_state_that_only_appears_as_a_successor_is_still_read()
    {
        // State 1 has no choice (a terminal state written by PrismWriter) but is named as a successor.
        var model = PrismReader.Read(new StringReader("2 1 1\n0 0 1 1\n"));
        Assert.Equal(2, model.StateCount);
    }

    [Fact]
    public void Errors_from_files_on_disk_carry_the_path()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("nan.tra"), "1 1 1\n0 0 0 1\n");
        File.WriteAllText(directory.File("nan.trew"), "1 1 1\n0 0 0 NaN/1\n");

        var problem = Assert.Throws<ModelFileException>(() => PrismReader.Read(directory.Path, "nan"));

        Assert.Equal(directory.File("nan.trew"), problem.FilePath);
        Assert.StartsWith(directory.File("nan.trew") + ", line 2: the reward 'NaN/1' is not a finite number", problem.Message, StringComparison.Ordinal);
    }
}
