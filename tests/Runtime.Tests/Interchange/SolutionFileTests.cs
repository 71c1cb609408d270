using System.IO;
using System.Text.Json;
using MdpDsl.Interchange;

namespace MdpDsl.Runtime.Tests.Interchange;

/// <summary>Solutions saved as JSON and loaded back, bit for bit.</summary>
public class SolutionFileTests
{
    [Fact]
    public void A_solution_loads_back_exactly_with_how_its_solver_ended()
    {
        using var directory = new TemporaryDirectory();
        var model = Courier.Compile();
        var solution = model.SoftValueIteration(temperature: 0.3);
        var path = directory.File("courier.json");

        model.SaveSolution(solution, path);
        var loaded = model.LoadSolution(path);

        AssertSame(solution, loaded);
        // Disallowed actions keep Q = −∞, and the policy still acts.
        var start = new Courier.Load(new Courier.Position(0, 0), true, Courier.Weather.Clear);
        Assert.Equal(double.NegativeInfinity, loaded.Q[start, Courier.Go.Drop]);
        Assert.Equal(solution.Policy.Act(start), loaded.Policy.Act(start));
    }

    [Fact]
    public void A_finite_horizon_solution_keeps_every_step()
    {
        var model = new Hallway().Compile();
        var solution = model.ValueIteration(horizon: 3);
        using var stream = new MemoryStream();

        model.SaveSolution(solution, stream);
        stream.Position = 0;
        var loaded = model.LoadSolution(stream);

        Assert.Equal(3, loaded.Horizon);
        AssertSame(solution, loaded);
    }

    [Fact]
    public void States_are_written_by_their_field_names_and_actions_by_their_names()
    {
        using var directory = new TemporaryDirectory();
        var model = Courier.Compile();
        var path = directory.File("courier.json");
        model.SaveSolution(model.ValueIteration(), path);

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        Assert.Equal("MdpDsl.Solution", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var identity = root.GetProperty("model");
        Assert.Equal("MdpDsl.Runtime.Tests.Interchange.Courier.Load", identity.GetProperty("stateType").GetString());
        Assert.Equal(["N", "E", "S", "W", "Drop"], identity.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.StartsWith("sha256:", identity.GetProperty("stateSpace").GetString(), StringComparison.Ordinal);

        var entry = root.GetProperty("stages")[0].GetProperty("states")[3];
        Assert.Equal("""{"At":{"X":0,"Y":0},"Carrying":true,"Sky":"Storm"}""", entry.GetProperty("state").GetRawText().Replace(" ", "").Replace("\n", ""));
        Assert.Equal("-Infinity", entry.GetProperty("q").GetProperty("Drop").GetString());
        Assert.Equal(["N", "E", "S", "W", "Drop"], entry.GetProperty("q").EnumerateObject().Select(p => p.Name));
        Assert.True(entry.GetProperty("policy").EnumerateObject().All(p => p.Value.GetDouble() > 0));
    }

    [Fact]
    public void Entries_are_matched_by_state_not_by_position()
    {
        using var directory = new TemporaryDirectory();
        var model = new Hallway().Compile();
        var path = directory.File("hallway.json");
        model.SaveSolution(model.ValueIteration(), path);

        // Reverse the entries of the one stage: the loaded solution is the same.
        var text = File.ReadAllText(path);
        var node = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        var states = node["stages"]![0]!["states"]!.AsArray();
        var reversed = new System.Text.Json.Nodes.JsonArray(states.Reverse().Select(s => s!.DeepClone()).ToArray());
        node["stages"]![0]!["states"] = reversed;
        File.WriteAllText(path, node.ToJsonString());

        AssertSame(model.ValueIteration(), model.LoadSolution(path));
    }

    [Fact]
    public void A_solution_of_another_model_is_not_saved_with_this_one()
    {
        var shorter = new Words().Compile();
        var longer = new Words { Length = 3 }.Compile();
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentException>(() => shorter.SaveSolution(longer.ValueIteration(), stream));
        Assert.Throws<ArgumentException>(() => shorter.SavePolicy(longer.UniformPolicy(), stream));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Reachable_states_with_text_fields_round_trip()
    {
        var model = new Words().Compile();
        var solution = model.ValueIteration();
        using var stream = new MemoryStream();

        model.SaveSolution(solution, stream);
        stream.Position = 0;

        AssertSame(solution, model.LoadSolution(stream));
        Assert.Contains("\"Text\": \"ab\"", System.Text.Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    internal static void AssertSame<TState, TAction>(Solution<TState, TAction> expected, Solution<TState, TAction> actual)
        where TState : notnull
    {
        Assert.Equal(expected.Horizon, actual.Horizon);
        Assert.Equal(expected.Converged, actual.Converged);
        Assert.Equal(expected.Iterations, actual.Iterations);
        Assert.Equal(expected.Residual, actual.Residual);
        Assert.Equal(expected.Stages.Count, actual.Stages.Count);
        foreach (var (e, a) in expected.Stages.Zip(actual.Stages))
        {
            Assert.Equal(e.Step, a.Step);
            Assert.Equal(e.V.AsSpan().ToArray(), a.V.AsSpan().ToArray());
            Assert.Equal(e.Q.AsSpan().ToArray(), a.Q.AsSpan().ToArray());
            Assert.Equal(e.Policy.AsSpan().ToArray(), a.Policy.AsSpan().ToArray());
        }
    }
}
