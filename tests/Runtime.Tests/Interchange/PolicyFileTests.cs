using System.IO;
using MdpDsl.Interchange;

namespace MdpDsl.Runtime.Tests.Interchange;

/// <summary>Policies saved as JSON: they load into any model with the same states and actions that they fit.</summary>
public class PolicyFileTests
{
    [Fact]
    public void A_policy_loads_back_exactly()
    {
        using var directory = new TemporaryDirectory();
        var model = Courier.Compile();
        var policy = model.SoftValueIteration(temperature: 0.5).Policy;
        var path = directory.File("policy.json");

        model.SavePolicy(policy, path);
        var loaded = model.LoadPolicy(path);

        Assert.Equal(policy.AsSpan().ToArray(), loaded.AsSpan().ToArray());
        Assert.EndsWith("\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFiles(directory.Path));   // no temporary file left behind
    }

    [Fact]
    public void A_policy_found_with_one_parameter_is_evaluated_with_another()
    {
        var careful = new Hallway { Stumble = 0.1 }.Compile();
        var clumsy = new Hallway { Stumble = 0.6 }.Compile();
        using var stream = new MemoryStream();
        careful.SavePolicy(careful.ValueIteration().Policy, stream);
        stream.Position = 0;

        var policy = clumsy.LoadPolicy(stream);

        Assert.Equal(Hallway.Step.Forward, policy.Act(new Hallway.Spot(0)));
        var value = clumsy.PolicyEvaluation(policy).V[new Hallway.Spot(0)];
        Assert.Equal(clumsy.PolicyEvaluation(s => Hallway.Step.Forward).V[new Hallway.Spot(0)], value, 12);
    }

    [Fact]
    public void A_policy_that_acts_where_this_model_does_not_allow_it_is_refused()
    {
        var free = new Hallway().Compile();
        var forwardOnly = new Hallway { CanGoBack = false }.Compile();
        using var stream = new MemoryStream();
        free.SavePolicy(free.UniformPolicy(), stream);
        stream.Position = 0;

        var problem = Assert.Throws<ModelFileException>(() => forwardOnly.LoadPolicy(stream));

        Assert.Equal(ModelFileProblem.OtherModel, problem.Problem);
        Assert.Equal(
            "The saved data holds a policy of another model: it takes Back in state Spot { Pos = 0 }, where this model does not allow it.",
            problem.Message);
    }

    [Fact]
    public void A_policy_of_other_states_names_one_it_has_and_one_it_lacks()
    {
        var ab = new Words().Compile();
        var ac = new Words { Alphabet = "ac" }.Compile();
        using var stream = new MemoryStream();
        ab.SavePolicy(ab.UniformPolicy(), stream);
        stream.Position = 0;

        var problem = Assert.Throws<ModelFileException>(() => ac.LoadPolicy(stream));

        Assert.Equal(ModelFileProblem.OtherModel, problem.Problem);
        Assert.Equal(
            "The saved data holds a policy of another model: its states are not this model's states " +
            "(it has the state {\"Text\":\"b\"}, which this model lacks, and it lacks this model's state {\"Text\":\"c\"}).",
            problem.Message);
    }

    [Fact]
    public void States_nothing_public_tells_apart_cannot_be_saved_and_the_old_file_stays()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("tokens.json");
        File.WriteAllText(path, "the previous file");
        var model = Tokens.Compile();

        var problem = Assert.Throws<NotSupportedException>(() => model.SavePolicy(model.UniformPolicy(), path));

        Assert.Contains("are both written as \"token\"", problem.Message, StringComparison.Ordinal);
        Assert.Equal("the previous file", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(directory.Path));
    }
}
