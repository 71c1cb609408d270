using MdpDsl.Generator.Parsing;
using MdpDsl.Generator.Tests.Driving;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Tests.InvalidModels;

/// <summary>
/// Declarations C# accepts but no generated code can serve: the generator writes nothing for them and does not
/// throw. Where the shared parser knows why, it says so with an error, which the analyzers report.
/// </summary>
public sealed class UnemittableDeclarationTests
{
    private static string Model(string state = "[State] public readonly record struct Cell([Range(0, 3)] int X);", string declaration = "public partial class Walk", string before = "", string after = "") => $$"""
        using MdpDsl;

        namespace Broken;

        {{before}}
        [Mdp(Discount = 0.9)]
        {{declaration}}
        {
            {{state}}

            [Action] public enum Move { Left, Right }

            [Reward] public static double Cost(Cell s, Move a) => -1;

            [Transition] public static Cell Step(Cell s, Move a) => s;
        }
        {{after}}
        """;

    /// <summary>Declarations the parser rejects, with the metadata name of the model.</summary>
    public static TheoryData<string, string> Rejected => new()
    {
        // 2^63 + 1 values: Max − Min overflows a long, and the count is far beyond an int.
        { Model("[State] public readonly record struct Cell([Range(long.MinValue, 0)] long X);"), "Broken.Walk" },
        { Model("[State] public readonly record struct Cell([Range(long.MinValue, long.MaxValue)] long X);"), "Broken.Walk" },
        { Model("[State] public readonly record struct Cell([Range(int.MinValue, int.MaxValue)] int X);"), "Broken.Walk" },
        // A class named like a member the generator adds to it, which C# forbids (CS0542).
        { Model(declaration: "public partial class States"), "Broken.States" },
        { Model(declaration: "public partial class Compile"), "Broken.Compile" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Parser_rejects_and_generator_writes_nothing(string source, string typeName)
    {
        var run = GeneratorHarness.Run(source);

        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Sources);
        var type = ModelCompilation.Create(source).GetTypeByMetadataName(typeName)!;
        Assert.Contains(ModelParser.Parse(type, default).Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>
    /// File-local types: every declaration of one lies in one file, so a generated partial declaration in a file of
    /// its own cannot join it. The diagnostic for it is the analyzers' to add.
    /// </summary>
    [Theory]
    [InlineData("file partial class Walk", "", "")]
    [InlineData("public partial class Walk", "file static partial class Outer {", "}")]
    public void File_local_model_gets_no_code(string declaration, string before, string after)
    {
        var run = GeneratorHarness.Run(Model(declaration: declaration, before: before, after: after));

        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Sources);
        Assert.Empty(run.CompilationErrors);
    }

    /// <summary>
    /// A member declared twice with one signature (CS0111), as a duplicated line leaves it: any call generated code
    /// makes to it would be ambiguous (CS0121), so the user's own error stays the only one.
    /// </summary>
    [Fact]
    public void Member_declared_twice_gets_no_code()
    {
        var run = GeneratorHarness.Run(Model(state: """
            [State] public readonly record struct Cell([Range(0, 3)] int X);

                [Transition] public static Cell Step(Cell s, Move a) => s;
            """));

        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Sources);
        Assert.Equal("CS0111", Assert.Single(run.CompilationErrors).Id);
    }
}
