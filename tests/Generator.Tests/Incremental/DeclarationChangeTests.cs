using CsCheck;
using MdpDsl.Generator.Tests.Driving;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MdpDsl.Generator.Tests.Incremental;

/// <summary>
/// A model is not parsed again while every file's declarations stay equal, so an edit to a declaration in another
/// file — the state type, a constant a <c>[Range]</c> reads, the model's base class — must be seen as a change.
/// The oracle is a fresh driver over the edited compilation: the warm driver's output must be the same, and
/// differ from the output before the edit, so that each case would catch a stale model.
/// </summary>
public sealed class DeclarationChangeTests
{
    private const string ModelFile = """
        using MdpDsl;

        namespace Split;

        [Mdp(Discount = 0.9)]
        public partial class Walk : Ground
        {
            [Action] public enum Step { Left, Right }

            [Reward] public static double Cost(Spot spot, Step step) => -1;

            [Transition] public static Spot Move(Spot spot, Step step) => spot;
        }
        """;

    private const string StateFile = """
        using MdpDsl;

        namespace Split;

        [State] public readonly record struct Spot([Range(0, Limits.Max)] int X);

        public static class Limits
        {
            public const int Max = 3;

            public static int Twice(int value) => 2 * value;
        }
        """;

    private const string BaseFile = """
        namespace Split;

        public class Ground
        {
        }
        """;

    public static TheoryData<string, int, string, string> Edits => new()
    {
        { "a constant a [Range] reads", 1, "Max = 3", "Max = 5" },
        { "a field of the state type", 1, "int X)", "int X, bool Lit)" },
        { "a syntax error in the state type's declaration", 1, "int X)", "int X,)" },
        { "a member of the base class that a generated one hides", 2, "{\n}", "{\n    public static int StateCount => 0;\n}" },
        { "the accessibility of the state type", 1, "[State] public", "[State] internal" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_to_a_declaration_in_another_file_reaches_the_model(string what, int file, string before, string after)
    {
        var compilation = ModelCompilation.Create(ModelFile, StateFile, BaseFile);
        var first = GeneratorHarness.Run(compilation).AssertClean(what);
        var edited = Edit(compilation, file, before, after);

        var incremental = GeneratorHarness.Run(edited, first.Driver);
        var fresh = GeneratorHarness.Run(edited);

        Assert.NotEqual<GeneratedSource>(first.Sources, fresh.Sources);
        Assert.Equal<GeneratedSource>(fresh.Sources, incremental.Sources);
    }

    /// <summary>Edits that the property below turns on and off: in bodies, and in declarations of every file.</summary>
    private static readonly (int File, string Off, string On)[] Toggles =
    {
        (0, "=> -1;", "=> -2;"),
        (0, "Discount = 0.9", "Discount = 0.8"),
        (0, "{ Left, Right }", "{ Left, Right, Stay }"),
        (1, "Max = 3", "Max = 5"),
        (1, "2 * value", "3 * value"),
        (1, "int X)", "int X, bool Lit)"),
        (2, "{\n}", "{\n    public static int StateCount => 0;\n}"),
    };

    [Fact]
    public void After_any_sequence_of_edits_the_warm_driver_agrees_with_a_fresh_one()
    {
        Gen.Int[0, Toggles.Length - 1].Array[1, 6].Sample(sequence =>
        {
            var on = new bool[Toggles.Length];
            var compilation = ModelCompilation.Create(ModelFile, StateFile, BaseFile);
            var driver = GeneratorHarness.Run(compilation).AssertClean().Driver;
            foreach (var toggle in sequence)
            {
                var (file, off, onText) = Toggles[toggle];
                compilation = on[toggle] ? Edit(compilation, file, onText, off) : Edit(compilation, file, off, onText);
                on[toggle] = !on[toggle];

                var warm = GeneratorHarness.Run(compilation, driver);
                driver = warm.Driver;
                Assert.Equal<GeneratedSource>(GeneratorHarness.Run(compilation).Sources, warm.Sources);
            }
        }, iter: 25);
    }

    [Fact]
    public void Undoing_an_edit_brings_the_first_output_back()
    {
        var compilation = ModelCompilation.Create(ModelFile, StateFile, BaseFile);
        var first = GeneratorHarness.Run(compilation).AssertClean();
        var edited = GeneratorHarness.Run(Edit(compilation, 1, "Max = 3", "Max = 5"), first.Driver);

        var undone = GeneratorHarness.Run(compilation, edited.Driver).AssertClean();

        Assert.NotEqual<GeneratedSource>(first.Sources, edited.Sources);
        Assert.Equal<GeneratedSource>(first.Sources, undone.Sources);
    }

    [Fact]
    public void A_model_marked_through_a_using_alias_is_found()
    {
        // The attribute's name is the alias's, declared in another file: only the symbol says it is [Mdp].
        var aliased = ModelFile.Replace("[Mdp(Discount = 0.9)]", "[Decision(Discount = 0.9)]");
        const string aliasFile = "global using Decision = MdpDsl.MdpAttribute;";

        var viaAlias = GeneratorHarness.Run(aliased, StateFile, BaseFile, aliasFile).AssertClean();
        var direct = GeneratorHarness.Run(ModelFile, StateFile, BaseFile).AssertClean();

        Assert.Single(direct.Sources);
        Assert.Equal<GeneratedSource>(direct.Sources, viaAlias.Sources);
    }

    [Fact]
    public void An_attribute_named_like_ours_from_elsewhere_marks_no_model()
    {
        const string namesake = """
            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class MdpAttribute : System.Attribute
                {
                    public double Discount { get; set; }
                }
            }
            """;
        var model = ModelFile.Replace("using MdpDsl;", "using MdpDsl;\nusing Mdp = Other.MdpAttribute;");

        var run = GeneratorHarness.Run(model, StateFile, BaseFile, namesake);

        Assert.Empty(run.Sources);
    }

    private static CSharpCompilation Edit(CSharpCompilation compilation, int file, string before, string after)
    {
        var tree = compilation.SyntaxTrees[file];
        var text = tree.ToString().ReplaceLineEndings("\n");
        Assert.Contains(before, text);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text.Replace(before, after))));
    }
}
