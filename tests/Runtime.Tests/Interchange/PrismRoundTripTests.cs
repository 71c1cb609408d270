using System.IO;
using MdpDsl.Interchange;

namespace MdpDsl.Runtime.Tests.Interchange;

/// <summary>Models written as PRISM files and read back by <see cref="PrismReader"/>: nothing is lost, nothing changes.</summary>
public class PrismRoundTripTests
{
    public static TheoryData<string> Models => new() { "hallway", "courier", "temper", "words" };

    [Theory]
    [MemberData(nameof(Models))]
    public void Files_read_back_as_the_model_that_was_written(string name)
    {
        using var directory = new TemporaryDirectory();
        var written = Export(name);
        PrismWriter.Write(written, directory.Path, name);

        var read = PrismReader.Read(directory.Path, name);

        AssertSame(written, read);
    }

    [Fact]
    public void What_is_read_back_is_the_compiled_model()
    {
        using var directory = new TemporaryDirectory();
        var model = Courier.Compile();
        model.ExportPrism(directory.Path, "courier");

        var read = PrismReader.Read(directory.Path, "courier");

        Assert.Equal(model.StateCount, read.StateCount);
        for (var s = 0; s < model.StateCount; s++)
        {
            var state = model.StateAt(s);
            var choices = read.ChoicesOf(s);
            if (model.IsTerminal(state))
            {
                Assert.Equal([new PrismTransition(s, 1)], Assert.Single(choices).Transitions);
                continue;
            }
            var allowed = model.Actions.Where(a => model.IsAllowed(state, a)).ToArray();
            Assert.Equal(allowed.Length, choices.Count);
            foreach (var (action, choice) in allowed.Zip(choices))
            {
                Assert.Equal(model.Reward(state, action), choice.Reward);
                var expected = model.Transitions(state, action).Select(t => new PrismTransition(model.IndexOf(t.State), t.Probability));
                Assert.Equal(expected, choice.Transitions);
            }
        }
        Assert.Equal(model.States.Select((s, i) => (s, i)).Where(x => model.IsTerminal(x.s)).Select(x => x.i), read.LabelledStates("terminal"));
        Assert.Equal(model.InitialDistribution.Select(x => model.IndexOf(x.State)).Order(), read.LabelledStates("init"));
    }

    [Fact]
    public void The_text_overload_reads_what_the_text_writers_wrote()
    {
        var written = new Hallway().Compile().ToPrism();
        string Text(Action<PrismExplicitModel, TextWriter> write)
        {
            using var writer = new StringWriter();
            write(written, writer);
            return writer.ToString();
        }

        var read = PrismReader.Read(
            new StringReader(Text(PrismWriter.WriteTransitions)),
            new StringReader(Text(PrismWriter.WriteStates)),
            new StringReader(Text(PrismWriter.WriteLabels)),
            new StringReader(Text(PrismWriter.WriteStateRewards)),
            new StringReader(Text(PrismWriter.WriteTransitionRewards)));

        AssertSame(written, read);
    }

    private static PrismExplicitModel Export(string name) => name switch
    {
        "hallway" => new Hallway().Compile().ToPrism(),
        "courier" => Courier.Compile().ToPrism(new PrismExportOptions { NegateRewards = true }),
        "temper" => Temper.Compile().ToPrism(),
        _ => new Words().Compile().ToPrism(),
    };

    private static void AssertSame(PrismExplicitModel expected, PrismExplicitModel actual)
    {
        Assert.Equal(expected.Variables, actual.Variables);
        Assert.Equal(expected.States.Count, actual.States.Count);
        for (var s = 0; s < expected.StateCount; s++)
            Assert.Equal(expected.States[s], actual.States[s]);
        Assert.Equal(expected.ChoiceCount, actual.ChoiceCount);
        Assert.Equal(expected.TransitionCount, actual.TransitionCount);
        foreach (var (e, a) in expected.Choices.Zip(actual.Choices))
        {
            Assert.Equal((e.State, e.Index, e.Action, e.Reward), (a.State, a.Index, a.Action, a.Reward));
            Assert.Equal(e.Transitions, a.Transitions);
        }
        Assert.Equal(expected.StateRewards, actual.StateRewards);
        Assert.Equal(expected.Labels.Select(l => l.Name), actual.Labels.Select(l => l.Name));
        foreach (var (e, a) in expected.Labels.Zip(actual.Labels))
            Assert.Equal(e.States, a.States);
        Assert.Equal(expected.RewardStructure, actual.RewardStructure);
    }
}
