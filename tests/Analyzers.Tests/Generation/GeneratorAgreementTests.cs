using MdpDsl.Analyzers.Tests.Verifying;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Analyzers.Tests.Generation;

/// <summary>
/// The generator and the analyzers share one parser, so they agree: a model with an error gets no code and
/// the analyzers say why; warnings leave the code in place; the generator itself reports nothing.
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

    public static TheoryData<string, string> Errors => new()
    {
        { Model(mdp: "Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)", reward: "=> 1;"), "MDP006" },
        { Model(transition: "=> [(s, 0.5)];"), "MDP007" },
        { Model(mdp: "Mdp(Discount = 2)"), "MDP008" },
    };

    public static TheoryData<string, string> Warnings => new()
    {
        { Model(mdp: "Mdp"), "MDP008" },
        { Model(reward: "=> -System.Random.Shared.NextDouble();"), "MDP009" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task A_model_with_an_error_gets_no_code_and_the_analyzers_say_why(string source, string id)
    {
        var build = await ModelBuild.RunAsync(source);

        Assert.Empty(build.Generated);
        Assert.Empty(build.GeneratorDiagnostics);
        var error = Assert.Single(build.Mdp);
        Assert.Equal((id, DiagnosticSeverity.Error), (error.Id, error.Severity));
    }

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
