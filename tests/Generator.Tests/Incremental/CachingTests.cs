using MdpDsl.Generator.Tests.Driving;
using MdpDsl.Generator.Tests.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MdpDsl.Generator.Tests.Incremental;

/// <summary>
/// The pipeline stops at the declarations: after an edit inside a method body, anywhere, no model is parsed again;
/// after an edit that changes declarations but no model, the models are parsed again to equal specs and nothing
/// is regenerated; and no step output holds a Roslyn object. An IDE reruns the generator on every keystroke, so
/// a step that never caches makes typing slow in every file.
/// </summary>
public sealed class CachingTests
{
    /// <summary>Every step the generator names, read off <see cref="TrackingNames"/> so that a new step cannot go untested.</summary>
    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    /// <summary>The steps from the parse on: each file's declarations are read before, and a new file's are new.</summary>
    private static readonly string[] ModelSteps = TrackedSteps.Where(step => step != TrackingNames.Declarations).ToArray();

    private const string UnrelatedFile = """
        namespace Elsewhere;

        // A comment that the edit changes.
        public sealed class Unrelated
        {
            public int Answer => 42;

            public static int Twice(int value) => 2 * value;
        }
        """;

    [Fact]
    public void Adding_an_unrelated_file_regenerates_nothing()
    {
        var compilation = ModelCompilation.Create(RepositoryFiles.GridWorldSample);
        var first = GeneratorHarness.Run(compilation).AssertClean();

        var second = GeneratorHarness.Run(compilation.AddSyntaxTrees(Parse("namespace Elsewhere; public sealed class Added { }")), first.Driver);

        AssertNothingRecomputed(first, second);
    }

    [Fact]
    public void Editing_a_comment_in_another_file_regenerates_nothing()
    {
        var compilation = ModelCompilation.Create(RepositoryFiles.GridWorldSample, UnrelatedFile);
        var first = GeneratorHarness.Run(compilation).AssertClean();

        var edited = Edit(compilation, 1, text => text.Replace("A comment", "An edited comment"));
        var second = GeneratorHarness.Run(edited, first.Driver);

        AssertNothingRecomputed(first, second);
        AssertNotParsed(second);
    }

    [Fact]
    public void Editing_a_method_body_in_another_file_parses_no_model_again()
    {
        var compilation = ModelCompilation.Create(RepositoryFiles.GridWorldSample, StateShapes.NestedState, UnrelatedFile);
        var first = GeneratorHarness.Run(compilation).AssertClean();

        var edited = Edit(compilation, 2, text => text.Replace("2 * value", "3 * value"));
        var second = GeneratorHarness.Run(edited, first.Driver);

        AssertNothingRecomputed(first, second);
        AssertNotParsed(second);
    }

    [Fact]
    public void Editing_a_method_body_of_the_model_parses_no_model_again()
    {
        var compilation = ModelCompilation.Create(StateShapes.NestedState);
        var first = GeneratorHarness.Run(compilation).AssertClean();

        var edited = Edit(compilation, 0, text => text.Replace("robot.At == Dock ? 10 : -1", "robot.At == Dock ? 20 : -1"));
        var second = GeneratorHarness.Run(edited, first.Driver);

        AssertNothingRecomputed(first, second);
        AssertNotParsed(second);
    }

    [Fact]
    public void Adding_a_member_to_another_file_parses_the_models_again_to_equal_specs()
    {
        // A declaration changed, so every model is bound again, but each spec compares equal and the output stays.
        var compilation = ModelCompilation.Create(RepositoryFiles.GridWorldSample, StateShapes.NestedState, UnrelatedFile);
        var first = GeneratorHarness.Run(compilation).AssertClean();

        var edited = Edit(compilation, 2, text => text.Replace("public int Answer => 42;", "public int Answer => 42;\n    public int Question { get; set; }"));
        var second = GeneratorHarness.Run(edited, first.Driver);

        AssertNothingRecomputed(first, second);
        Assert.All(OutputsOf(second, TrackingNames.Parse), output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
    }

    [Fact]
    public void Changing_the_model_is_seen_as_a_change()
    {
        // The control for the tests above: an edit that does change the spec must not look cached.
        var compilation = ModelCompilation.Create(StateShapes.NestedState);
        var first = GeneratorHarness.Run(compilation).AssertClean();

        var edited = Edit(compilation, 0, text => text.Replace("[Mdp(Discount = 0.95)]", "[Mdp(Discount = 0.9)]"));
        var second = GeneratorHarness.Run(edited, first.Driver);

        Assert.Contains(OutputsOf(second, TrackingNames.Valid), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.NotEqual(first.Sources.Single().Text, second.Sources.Single().Text);
    }

    [Fact]
    public void Every_tracking_name_is_a_step_of_the_pipeline()
    {
        var run = GeneratorHarness.Run(RepositoryFiles.GridWorldSample).AssertClean();

        Assert.Equal(4, TrackedSteps.Length);
        Assert.All(TrackedSteps, step => Assert.Contains(step, run.Result.TrackedSteps.Keys));
    }

    [Fact]
    public void Editing_one_model_leaves_the_other_cached()
    {
        var compilation = ModelCompilation.Create(StateShapes.NestedState, RepositoryFiles.GridWorldSample);
        var first = GeneratorHarness.Run(compilation).AssertClean();

        var edited = Edit(compilation, 0, text => text.Replace("[Mdp(Discount = 0.95)]", "[Mdp(Discount = 0.9)]"));
        var second = GeneratorHarness.Run(edited, first.Driver).AssertClean();

        foreach (var step in new[] { TrackingNames.Parse, TrackingNames.Valid })
        {
            var outputs = OutputsOf(second, step).Select(output => (Spec: (MdpDsl.Generator.Model.MdpSpec)output.Value, output.Reason)).ToList();
            Assert.Equal(2, outputs.Count);
            Assert.Equal(IncrementalStepRunReason.Modified, outputs.Single(output => output.Spec.Name == "PickAndPlace").Reason);
            Assert.Contains(outputs.Single(output => output.Spec.Name == "GridWorld").Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        }
        // No model was added, removed or renamed, so the hint names are as they were.
        Assert.All(OutputsOf(second, TrackingNames.HintNameClashes), output =>
            Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.Equal(Text(first, "Samples.GridWorld.GridWorld.g.cs"), Text(second, "Samples.GridWorld.GridWorld.g.cs"));
        Assert.NotEqual(Text(first, "Warehouse.PickAndPlace.g.cs"), Text(second, "Warehouse.PickAndPlace.g.cs"));
    }

    [Fact]
    public void Step_outputs_hold_no_roslyn_objects()
    {
        var run = GeneratorHarness.Run(RepositoryFiles.GridWorldSample, StateShapes.NestedState, PlacementShapes.NestedInContainingTypes).AssertClean();

        Assert.Equal(3, OutputsOf(run, TrackingNames.Parse).Count);
        Assert.Equal(3, OutputsOf(run, TrackingNames.Valid).Count);
        foreach (var step in TrackedSteps)
        {
            var outputs = OutputsOf(run, step);
            Assert.NotEmpty(outputs);
            for (var i = 0; i < outputs.Count; i++)
                Assert.Empty(StepOutputWalker.FindRoslynObjects(outputs[i].Value, $"{step}[{i}]"));
        }
    }

    private static void AssertNothingRecomputed(GeneratorRun first, GeneratorRun second)
    {
        foreach (var step in ModelSteps)
        {
            var outputs = OutputsOf(second, step);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output =>
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {step} was {output.Reason}"));
            Assert.All(outputs, output => Assert.Empty(StepOutputWalker.FindRoslynObjects(output.Value, step)));
        }
        // As sequences: ImmutableArray's own Equals compares the underlying array by reference.
        Assert.Equal<GeneratedSource>(first.Sources, second.Sources);
    }

    /// <summary>The parse did not run at all: its outputs are the previous run's, not new ones that compare equal.</summary>
    private static void AssertNotParsed(GeneratorRun run) =>
        Assert.All(OutputsOf(run, TrackingNames.Parse), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));

    private static List<(object Value, IncrementalStepRunReason Reason)> OutputsOf(GeneratorRun run, string step) =>
        run.Result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).ToList()
            : throw new Xunit.Sdk.XunitException($"No tracked step named {step}; the steps were {string.Join(", ", run.Result.TrackedSteps.Keys)}");

    private static string Text(GeneratorRun run, string hintName) => run.Sources.Single(source => source.HintName == hintName).Text;

    private static SyntaxTree Parse(string source) => CSharpSyntaxTree.ParseText(source, ModelCompilation.ParseOptions);

    /// <summary>The compilation with one file's text changed in place, as an editor changes it (same path, same options).</summary>
    private static CSharpCompilation Edit(CSharpCompilation compilation, int file, Func<string, string> edit)
    {
        var tree = compilation.SyntaxTrees[file];
        var text = edit(tree.ToString());
        Assert.NotEqual(tree.ToString(), text);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text)));
    }
}
