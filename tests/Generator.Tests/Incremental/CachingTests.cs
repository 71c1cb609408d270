using MdpDsl.Generator.Tests.Driving;
using MdpDsl.Generator.Tests.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MdpDsl.Generator.Tests.Incremental;

/// <summary>
/// The pipeline stops at the parsed spec: after an edit that does not change a model, the tracked steps report
/// Cached or Unchanged, nothing is regenerated, and no step output holds a Roslyn object. An IDE reruns the
/// generator on every keystroke, so a step that never caches makes typing slow in every file.
/// </summary>
public sealed class CachingTests
{
    private static readonly string[] TrackedSteps = { TrackingNames.Parse, TrackingNames.Valid };

    private const string UnrelatedFile = """
        namespace Elsewhere;

        // A comment that the edit changes.
        public sealed class Unrelated
        {
            public int Answer => 42;
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
    }

    [Fact]
    public void Editing_a_method_body_of_the_model_reparses_it_to_an_equal_spec()
    {
        // The model's own file changed, so it is parsed again, but the spec compares equal and the output stays.
        var compilation = ModelCompilation.Create(StateShapes.NestedState);
        var first = GeneratorHarness.Run(compilation).AssertClean();

        var edited = Edit(compilation, 0, text => text.Replace("robot.At == Dock ? 10 : -1", "robot.At == Dock ? 20 : -1"));
        var second = GeneratorHarness.Run(edited, first.Driver);

        AssertNothingRecomputed(first, second);
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
    public void Step_outputs_hold_no_roslyn_objects()
    {
        var run = GeneratorHarness.Run(RepositoryFiles.GridWorldSample, StateShapes.NestedState, PlacementShapes.NestedInContainingTypes).AssertClean();

        foreach (var step in TrackedSteps)
        {
            var outputs = OutputsOf(run, step);
            Assert.Equal(3, outputs.Count);
            for (var i = 0; i < outputs.Count; i++)
                Assert.Empty(StepOutputWalker.FindRoslynObjects(outputs[i].Value, $"{step}[{i}]"));
        }
    }

    private static void AssertNothingRecomputed(GeneratorRun first, GeneratorRun second)
    {
        foreach (var step in TrackedSteps)
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

    private static List<(object Value, IncrementalStepRunReason Reason)> OutputsOf(GeneratorRun run, string step) =>
        run.Result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).ToList()
            : throw new Xunit.Sdk.XunitException($"No tracked step named {step}; the steps were {string.Join(", ", run.Result.TrackedSteps.Keys)}");

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
