using MdpDsl.Generator.Parsing;
using MdpDsl.Generator.Tests.Driving;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Tests.InvalidModels;

/// <summary>
/// A model whose shape is invalid gets no generated code and no exception from the generator — the analyzers report it, so the
/// user sees one diagnostic instead of a cascade of errors — while the shared parser names the problem at the
/// offending syntax.
/// </summary>
public sealed class InvalidModelTests
{
    /// <summary>A valid model whose parts each case replaces with one mistake.</summary>
    private static string Model(
        string mdp = "[Mdp(Discount = 0.9)]",
        string partial = "partial ",
        string state = "[State] public readonly record struct Cell([Range(0, 3)] int X);",
        string action = "[Action] public enum Move { Left, Right }",
        string reward = "[Reward] public static double Cost(Cell s, Move a) => -1;",
        string transition = "[Transition] public static Cell Step(Cell s, Move a) => s;") => $$"""
        using MdpDsl;

        namespace Broken;

        {{mdp}}
        public {{partial}}class Walk
        {
            {{state}}

            {{action}}

            {{reward}}

            {{transition}}
        }
        """;

    /// <summary>Each mistake, the diagnostic it must raise, and the source text the diagnostic must point at.</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        { Model(partial: ""), "MDP001", "Walk" },
        { Model(transition: ""), "MDP002", "Walk" },
        { Model(state: "public readonly record struct Cell([Range(0, 3)] int X);"), "MDP013", "Step" },
        {
            Model(action: "", reward: "[Reward] public static double Cost(Cell s, int a) => -1;", transition: "[Transition] public static Cell Step(Cell s, int a) => s;"),
            "MDP003", "Step"
        },
        { Model(action: "[Action] public enum Move { }"), "MDP003", "Move" },
        { Model(state: "[State] public readonly record struct Cell(int X);"), "MDP004", "X" },
        { Model(state: "[State] public readonly record struct Cell(double X);"), "MDP004", "X" },
        { Model(reward: "[Reward] public static double Cost(Cell s, int a) => -1;"), "MDP005", "Cost" },
        { Model(reward: "[Reward] public static string Cost(Cell s, Move a) => \"\";"), "MDP005", "Cost" },
        // Members that would collide with the API the generator adds to the class.
        { Model(reward: "[Reward] public static double Cost(Cell s, Move a) => -1;\n    public static int StateCount => 4;"), "MDP014", "StateCount" },
        { Model(reward: "[Reward] public static double Cost(Cell s, Move a) => -1;\n    public sealed class Model { }"), "MDP014", "Model" },
    };

    public static TheoryData<string> Sources()
    {
        var sources = new TheoryData<string>();
        foreach (var row in Cases)
            sources.Add((string)row[0]);
        return sources;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Generator_emits_nothing_and_does_not_throw(string source)
    {
        var run = GeneratorHarness.Run(source);

        Assert.Empty(run.Exceptions);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Sources);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parser_reports_the_problem_at_the_offending_syntax(string source, string id, string location)
    {
        var type = ModelCompilation.Create(source).GetTypeByMetadataName("Broken.Walk");
        Assert.NotNull(type);

        var result = ModelParser.Parse(type, default);

        Assert.Null(result.Spec);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(location, TextAt(diagnostic.Location));
    }

    private static string TextAt(Location location)
    {
        Assert.True(location.IsInSource, $"The diagnostic points at no source: {location}");
        return location.SourceTree!.GetText().ToString(location.SourceSpan);
    }
}
