using MdpDsl.Analyzers.Tests.Verifying;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Analyzers.Tests.Generation;

/// <summary>
/// The generator and the analyzers share one parser, so they agree: a model whose shape cannot be emitted gets no
/// code and the analyzers say why; a model whose values are wrong, or that draws a warning, keeps its code, so that
/// the analyzer's diagnostic is the only one; the generator itself reports nothing.
/// </summary>
public class GeneratorAgreementTests
{
    private static string Model(string mdp = "Mdp(Discount = 0.9)", string reward = "=> -1;", string transition = "=> [(s, 1)];", string members = "") => $$"""
        using System.Collections.Generic;
        using MdpDsl;

        [{{mdp}}]
        public partial class Walk
        {
            [State] public enum Cell { A, B }
            [Action] public enum Move { Stay }
            [Reward] public static double R(Cell s, Move a) {{reward}}
            [Transition] public static IEnumerable<(Cell, double)> T(Cell s, Move a) {{transition}}
            {{members}}
        }
        """;

    public static TheoryData<string, string> Unemittable => new()
    {
        { Model(reward: "=> -1;").Replace("double R(Cell s, Move a)", "decimal R(Cell s, Move a)"), "MDP005" },
        { Model(members: "public static int Compile() => 0;"), "MDP014" },
        { Model(reward: "=> -1;").Replace("double R(Cell s, Move a)", "double R(ref Cell s, Move a)"), "MDP005" },
        { Model(mdp: "Mdp(Discount = double.NaN)"), "MDP008" },
        { Model(members: "[Initial] public static Cell Start { set { } }"), "MDP005" },
        { Model().Replace("[State] public enum Cell { A, B }", "[State] public readonly record struct Cell([Range(long.MinValue, long.MaxValue)] long X);"), "MDP010" },
        { Model().Replace("[State] public enum Cell { A, B }", "[State] public readonly record struct Cell([Range(0, 1_500_000_000)] int X);").Replace("{ Stay }", "{ Stay, Go }"), "MDP010" },
        { Model().Replace("[State] public enum Cell { A, B }", "[State] public readonly struct Cell { private Cell(bool lit) => Lit = lit; public bool Lit { get; } }"), "MDP017" },
        { Model().Replace("[Reward]", "[System.Obsolete(\"use R2\", error: true)] [Reward]"), "MDP018" },
    };

    public static TheoryData<string, string> ValueErrors => new()
    {
        { Model(mdp: "Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)", reward: "=> 1;"), "MDP006" },
        { Model(transition: "=> [(s, 0.5)];"), "MDP007" },
        { Model(mdp: "Mdp(Discount = 2)"), "MDP008" },
        { Model(mdp: "Mdp(Discount = 0.9, Horizon = -1)"), "MDP008" },
        { Model(mdp: "Mdp(Discount = 0.9, States = StateSpace.Reachable, MaxStates = 0)", members: "[Initial] public static Cell Start => Cell.A;"), "MDP008" },
        { Model(transition: "=> [(s, 1.5)];"), "MDP019" },
    };

    public static TheoryData<string, string> Warnings => new()
    {
        { Model(mdp: "Mdp"), "MDP011" },
        { Model(reward: "=> -System.Random.Shared.NextDouble();"), "MDP009" },
    };

    [Theory]
    [MemberData(nameof(Unemittable))]
    public async Task A_model_the_generator_cannot_emit_gets_no_code_and_the_analyzers_say_why(string source, string id)
    {
        var build = await ModelBuild.RunAsync(source);

        Assert.Empty(build.Generated);
        Assert.Empty(build.GeneratorDiagnostics);
        var error = Assert.Single(build.Diagnostics);
        Assert.Equal((id, DiagnosticSeverity.Error), (error.Id, error.Severity));
    }

    [Theory]
    [MemberData(nameof(ValueErrors))]
    public async Task A_model_whose_values_are_wrong_keeps_its_code_and_the_analyzer_error_is_the_only_error(string source, string id)
    {
        var build = await ModelBuild.RunAsync(source + Caller);

        Assert.Single(build.Generated);
        Assert.Empty(build.GeneratorDiagnostics);
        var error = Assert.Single(build.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(id, error.Id);
    }

    [Fact]
    public async Task A_suppressed_value_error_leaves_a_build_that_compiles_and_calls_Compile()
    {
        var source = "#pragma warning disable MDP006\n" + Model(mdp: "Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)", reward: "=> 1;") + Caller;

        var build = await ModelBuild.RunAsync(source);

        Assert.Single(build.Generated);
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed);
    }

    /// <summary>User code that calls the generated API, which must exist whenever the model's shape is right.</summary>
    private const string Caller = """

        public static class Caller
        {
            public static Walk.Model Build() => Walk.Compile();
        }
        """;

    [Theory]
    [MemberData(nameof(Warnings))]
    public async Task A_model_with_a_warning_still_gets_its_code(string source, string id)
    {
        var build = await ModelBuild.RunAsync(source);

        Assert.Single(build.Generated);
        Assert.Empty(build.GeneratorDiagnostics);
        var warning = Assert.Single(build.Mdp);
        Assert.Equal((id, DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task A_valid_model_gets_its_code_and_no_diagnostic()
    {
        var build = await ModelBuild.RunAsync(Model());

        Assert.Single(build.Generated);
        Assert.Empty(build.Diagnostics);
    }

    [Fact]
    public async Task A_model_whose_declarations_do_not_compile_gets_no_code_to_add_errors_to_them()
    {
        var build = await ModelBuild.RunAsync(Model(members: "[Transition] public static IEnumerable<(Cell, double)> T(Cell s, Move a) => [(s, 1)];"));

        Assert.Empty(build.Generated);
        Assert.Contains(build.Diagnostics, d => d.Id == "CS0111");
    }

    [Fact]
    public async Task An_error_inside_a_member_body_does_not_hold_back_the_code()
    {
        var build = await ModelBuild.RunAsync(Model(reward: "=> -Missing;"));

        Assert.Single(build.Generated);
        Assert.Equal("CS0103", Assert.Single(build.Diagnostics).Id);
    }
}
