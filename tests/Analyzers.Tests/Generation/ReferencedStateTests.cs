using Microsoft.CodeAnalysis;

namespace MdpDsl.Analyzers.Tests.Generation;

/// <summary>
/// A state type from another assembly has no syntax left, only metadata: the parser reads a positional record
/// through its constructor and <c>Deconstruct</c>, and checks accessibility across the assembly boundary.
/// </summary>
public class ReferencedStateTests
{
    private const string Model = """
        using MdpDsl;
        using Shapes;

        namespace Game;

        [Mdp(Discount = 0.9)]
        public partial class Walk
        {
            [Action] public enum Move { Stay, Flip }
            [Reward] public static double R(Cell s, Move a) => -1;
            [Transition] public static Cell T(Cell s, Move a) => a == Move.Flip ? s with { Lit = !s.Lit } : s;
        }
        """;

    [Fact]
    public async Task A_positional_record_from_a_reference_is_a_finite_state_not_an_MDP004()
    {
        var shapes = Library("""
            namespace Shapes;

            [MdpDsl.State] public readonly record struct Cell([MdpDsl.Range(0, 3)] int X, bool Lit);
            """);

        var build = await ModelBuild.RunAsync(ModelCompilation.Create([Model], "Models", [shapes]));

        Assert.Empty(build.Diagnostics);
        Assert.Single(build.Generated);
    }

    [Fact]
    public async Task A_state_from_a_reference_whose_constructor_is_internal_there_is_an_MDP017_on_the_model()
    {
        var shapes = Library("""
            namespace Shapes;

            [MdpDsl.State]
            public readonly record struct Cell
            {
                internal Cell(bool lit) => Lit = lit;
                public bool Lit { get; }
            }
            """);

        var build = await ModelBuild.RunAsync(ModelCompilation.Create([Model.Replace("s with { Lit = !s.Lit }", "s")], "Models", [shapes]));

        var error = Assert.Single(build.Mdp);
        Assert.Equal(("MDP017", "Walk"), (error.Id, error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan)));
        Assert.Empty(build.Generated);
    }

    /// <summary>The assembly of <paramref name="source"/>, as a reference with no syntax behind it.</summary>
    private static MetadataReference Library(string source)
    {
        var library = ModelCompilation.Create([source], "Shapes");
        Assert.Empty(library.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        using var image = new System.IO.MemoryStream();
        Assert.True(library.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
