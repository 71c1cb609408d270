using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using MdpDsl.Interchange;

namespace MdpDsl.Runtime.Tests.Interchange;

/// <summary>
/// Files that must not load: another model's, another version's, another kind's, truncated or damaged ones. Each
/// is a <see cref="ModelFileException"/> that says what is wrong, never a silently wrong solution or policy.
/// </summary>
public class SavedFileErrorTests
{
    private static readonly Hallway.Model Model = new Hallway().Compile();

    [Fact]
    public void A_solution_of_a_model_with_other_types_says_which_types()
    {
        var corridor = Corridor.Compile();
        var json = Save(s => corridor.SaveSolution(corridor.ValueIteration(), s));

        var problem = LoadSolution(json, ModelFileProblem.OtherModel);

        Assert.Equal(
            "The saved data holds a solution of another model: " +
            "its state type is MdpDsl.Runtime.Tests.Interchange.Corridor.Cell, this model's is MdpDsl.Runtime.Tests.Interchange.Hallway.Spot; " +
            "its action type is MdpDsl.Runtime.Tests.Interchange.Corridor.Walk, this model's is MdpDsl.Runtime.Tests.Interchange.Hallway.Step.",
            problem.Message);
    }

    [Fact]
    public void A_solution_of_the_model_with_other_parameters_is_refused_but_its_policy_loads()
    {
        var clumsy = new Hallway { Stumble = 0.5 }.Compile();
        var solution = clumsy.ValueIteration();

        var problem = LoadSolution(Save(s => clumsy.SaveSolution(solution, s)), ModelFileProblem.OtherModel);
        Assert.Contains("its transition probabilities, rewards, allowed actions or terminal states differ from this model's", problem.Message, StringComparison.Ordinal);

        using var policy = new MemoryStream(Save(s => clumsy.SavePolicy(solution.Policy, s)));
        Assert.Equal(solution.Policy.AsSpan().ToArray(), Model.LoadPolicy(policy).AsSpan().ToArray());
    }

    [Fact]
    public void A_solution_with_another_discount_or_state_count_says_so()
    {
        var json = Edit(SaveSolution(), node =>
        {
            node["model"]!["discount"] = 0.5;
            node["model"]!["horizon"] = 4;
        });
        var problem = LoadSolution(json, ModelFileProblem.OtherModel);
        Assert.EndsWith("its discount is 0.5, this model's is 0.9; its horizon is 4, this model's is infinite.", problem.Message, StringComparison.Ordinal);

        var longer = new Words { Length = 3 }.Compile();
        var words = Save(s => longer.SaveSolution(longer.ValueIteration(), s));
        var count = Assert.Throws<ModelFileException>(() => new Words().Compile().LoadSolution(new MemoryStream(words)));
        Assert.Equal(ModelFileProblem.OtherModel, count.Problem);
        Assert.EndsWith("it has 15 states, this model has 7.", count.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "was written in format version 2, but this version of MdpDsl reads version 1 only; load it with a newer MdpDsl")]
    [InlineData(0, "has format version 0, which MdpDsl never wrote; this version reads version 1")]
    public void A_file_of_another_version_names_the_version(int version, string message)
    {
        var json = Edit(SaveSolution(), node => node["version"] = version);

        var problem = LoadSolution(json, ModelFileProblem.UnsupportedVersion);

        Assert.Equal($"The saved data {message}.", problem.Message);
    }

    [Fact]
    public void A_policy_is_not_a_solution_nor_a_solution_a_policy()
    {
        var policy = Save(s => Model.SavePolicy(Model.UniformPolicy(), s));
        var problem = LoadSolution(policy, ModelFileProblem.WrongKind);
        Assert.Equal("The saved data holds \"MdpDsl.Policy\", not a saved solution (\"MdpDsl.Solution\"); load it with LoadPolicy.", problem.Message);

        var solution = Assert.Throws<ModelFileException>(() => Model.LoadPolicy(new MemoryStream(SaveSolution())));
        Assert.Equal(ModelFileProblem.WrongKind, solution.Problem);
        Assert.EndsWith("load it with LoadSolution.", solution.Message, StringComparison.Ordinal);

        Assert.Equal(ModelFileProblem.WrongKind, LoadSolution("[1, 2, 3]"u8.ToArray(), ModelFileProblem.WrongKind).Problem);
        Assert.Equal(ModelFileProblem.WrongKind, LoadSolution("""{"name": "something else"}"""u8.ToArray(), ModelFileProblem.WrongKind).Problem);
    }

    [Fact]
    public void A_truncated_or_empty_file_is_not_valid_json()
    {
        var json = SaveSolution();

        var truncated = LoadSolution(json[..(json.Length / 2)], ModelFileProblem.Corrupted);
        Assert.StartsWith("The saved data is not valid JSON, perhaps because it is truncated or damaged", truncated.Message, StringComparison.Ordinal);
        LoadSolution([], ModelFileProblem.Corrupted);
        LoadSolution("{\"format\": \"MdpDsl.Solution\", "u8.ToArray(), ModelFileProblem.Corrupted);
    }

    [Fact]
    public void A_file_on_disk_is_named_in_the_message()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("broken.json");
        File.WriteAllBytes(path, SaveSolution()[..100]);

        var problem = Assert.Throws<ModelFileException>(() => Model.LoadSolution(path));

        Assert.Equal(path, problem.FilePath);
        Assert.StartsWith($"The file '{path}' is not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_field_is_named()
    {
        var json = Edit(SaveSolution(), node => node.AsObject().Remove("model"));

        var problem = LoadSolution(json, ModelFileProblem.Corrupted);

        Assert.Contains("is damaged", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'model'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_entries_are_named_by_state_and_action()
    {
        var json = SaveSolution();
        string Damage(Action<JsonNode> edit) => LoadSolution(Edit(json, edit), ModelFileProblem.Corrupted).Message;
        JsonNode Entry(JsonNode node, int i) => node["stages"]![0]!["states"]![i]!;

        Assert.EndsWith(
            "is damaged: the probabilities of state Spot { Pos = 0 } sum to 0.5, not 1.",
            Damage(n => Entry(n, 0)["policy"]!["Forward"] = 0.5), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: the probability of Forward in state Spot { Pos = 0 } is 2.",
            Damage(n => Entry(n, 0)["policy"]!["Forward"] = 2), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: the probability of Forward in state Spot { Pos = 0 } is -1.",
            Damage(n => Entry(n, 0)["policy"]!["Forward"] = -1), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: state Spot { Pos = 1 } names the action \"Jump\", which is not an action of this model.",
            Damage(n => Entry(n, 1)["policy"]!["Jump"] = 0.5), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: V of state Spot { Pos = 1 } is NaN.",
            Damage(n => Entry(n, 1)["v"] = "NaN"), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: Q of state Spot { Pos = 0 } and action Back is -Infinity.",
            Damage(n => Entry(n, 0)["q"]!["Back"] = "-Infinity"), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: Q of state Spot { Pos = 0 } lists 1 of the 2 actions.",
            Damage(n => Entry(n, 0)["q"]!.AsObject().Remove("Back")), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: entries 0 and 1 both name the state {\"Pos\":0}.",
            Damage(n => Entry(n, 1)["state"] = new JsonObject { ["Pos"] = 0 }), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: entry 2 names the state {\"Pos\":7}, which is not a state of this model.",
            Damage(n => Entry(n, 2)["state"] = new JsonObject { ["Pos"] = 7 }), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: no entry names the state {\"Pos\":2} (Spot { Pos = 2 }).",
            Damage(n => n["stages"]![0]!["states"]!.AsArray().RemoveAt(2)), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: it acts in state Spot { Pos = 2 }, which is terminal in this model.",
            Damage(n => Entry(n, 2)["policy"]!["Forward"] = 1), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: it has 2 steps, but its horizon calls for 1.",
            Damage(n => n["stages"]!.AsArray().Add(n["stages"]![0]!.DeepClone())), StringComparison.Ordinal);
        Assert.Contains("is damaged", Damage(n => Entry(n, 0)["v"] = null), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    [InlineData("null")]
    [InlineData("[1]")]
    public void A_version_that_is_not_an_integer_is_a_damaged_file(string version)
    {
        var json = Edit(SaveSolution(), node => node["version"] = JsonNode.Parse(version));

        var problem = LoadSolution(json, ModelFileProblem.Corrupted);

        Assert.EndsWith("has no format version (an integer \"version\").", problem.Message, StringComparison.Ordinal);
        var policy = Assert.Throws<ModelFileException>(() => Model.LoadPolicy(new MemoryStream(
            Edit(Save(s => Model.SavePolicy(Model.UniformPolicy(), s)), node => node["version"] = JsonNode.Parse(version)))));
        Assert.Equal(ModelFileProblem.Corrupted, policy.Problem);
    }

    [Fact]
    public void Values_that_break_what_every_solver_guarantees_are_named_by_state_and_value()
    {
        var json = SaveSolution();
        string Damage(Action<JsonNode> edit) => LoadSolution(Edit(json, edit), ModelFileProblem.Corrupted).Message;
        JsonNode Entry(JsonNode node, int i) => node["stages"]![0]!["states"]![i]!;

        Assert.EndsWith(
            "is damaged: V of state Spot { Pos = 2 } is 5, but the state is terminal, so its value is 0.",
            Damage(n => Entry(n, 2)["v"] = 5), StringComparison.Ordinal);
        Assert.EndsWith(
            "is damaged: Q of state Spot { Pos = 2 } and action Forward is 1, but the state is terminal, so it is 0.",
            Damage(n => Entry(n, 2)["q"]!["Forward"] = 1), StringComparison.Ordinal);
        // V(1) feeds Q(0, ·) = r + 0.9 E[V]: an edit of 1 moves it by far more than the residual allows.
        Assert.Contains(
            "is damaged: Q of state Spot { Pos = 0 } and action Back is",
            Damage(n => Entry(n, 0)["v"] = Entry(n, 0)["v"]!.GetValue<double>() + 1), StringComparison.Ordinal);
        Assert.Contains(
            "is damaged: Q of state Spot { Pos = 1 } and action Forward is 7, but r + γ·E[V'] from the saved values is",
            Damage(n => Entry(n, 1)["q"]!["Forward"] = 7), StringComparison.Ordinal);
    }

    [Fact]
    public void A_finite_horizon_solution_is_checked_step_against_step()
    {
        var json = Save(s => Model.SaveSolution(Model.ValueIteration(horizon: 3), s));
        Assert.Equal(3, Model.LoadSolution(new MemoryStream(json)).Stages.Count);

        // The last step looks ahead to V = 0, so its Q is the reward alone: r(0, Back) = −1.
        var problem = LoadSolution(Edit(json, n => n["stages"]![2]!["states"]![0]!["q"]!["Back"] = -1.5), ModelFileProblem.Corrupted);
        Assert.EndsWith(
            "is damaged: step 2, Q of state Spot { Pos = 0 } and action Back is -1.5, but r + γ·E[V'] from the saved values is -1; a V or Q was edited.",
            problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disallowed_action_must_have_the_value_minus_infinity()
    {
        var oneWay = new Hallway { CanGoBack = false }.Compile();
        var json = Save(s => oneWay.SaveSolution(oneWay.ValueIteration(), s));
        Assert.NotNull(oneWay.LoadSolution(new MemoryStream(json)));

        var edited = Edit(json, n => n["stages"]![0]!["states"]![0]!["q"]!["Back"] = 3);
        var problem = Assert.Throws<ModelFileException>(() => oneWay.LoadSolution(new MemoryStream(edited)));

        Assert.EndsWith(
            "is damaged: Q of state Spot { Pos = 0 } and action Back is 3, but the action is not allowed there, so it is -Infinity.",
            problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solutions_of_every_solver_load_back()
    {
        foreach (var solution in new[]
                 {
                     Model.ValueIteration(), Model.SoftValueIteration(0.5), Model.PolicyEvaluation(Model.UniformPolicy()),
                     Model.SoftValueIteration(2, horizon: 4), Model.PolicyEvaluation(Model.UniformPolicy(), 5),
                 })
        {
            var loaded = Model.LoadSolution(new MemoryStream(Save(s => Model.SaveSolution(solution, s))));
            Assert.Equal(solution.V.AsSpan().ToArray(), loaded.V.AsSpan().ToArray());
        }
    }

    [Fact]
    public void Nothing_is_loaded_when_the_state_space_fingerprint_was_edited()
    {
        var json = Edit(SaveSolution(), node => node["model"]!["stateSpace"] = "sha256:00");

        var problem = LoadSolution(json, ModelFileProblem.OtherModel);

        Assert.EndsWith("(its state-space fingerprint differs although it lists the same states; was it edited?).", problem.Message, StringComparison.Ordinal);
    }

    private static byte[] SaveSolution() => Save(s => Model.SaveSolution(Model.ValueIteration(), s));

    private static byte[] Save(Action<Stream> save)
    {
        using var stream = new MemoryStream();
        save(stream);
        return stream.ToArray();
    }

    private static byte[] Edit(byte[] json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    private static ModelFileException LoadSolution(byte[] json, ModelFileProblem expected)
    {
        var problem = Assert.Throws<ModelFileException>(() => Model.LoadSolution(new MemoryStream(json)));
        Assert.True(expected == problem.Problem, $"Expected {expected}, got {problem.Problem}: {problem.Message}");
        Assert.Null(problem.FilePath);
        return problem;
    }
}
