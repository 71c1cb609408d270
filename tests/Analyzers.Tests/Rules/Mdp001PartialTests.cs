using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>MDP001: the model, and every type around it, must be partial and not generic.</summary>
public class Mdp001PartialTests
{
    private const string Members = """
            [State] public enum Cell { A, B }
            [Action] public enum Move { Stay }
            [Terminal] public static bool End(Cell s) => s == Cell.B;
            [Reward] public static double R(Cell s, Move a) => -1;
            [Transition] public static Cell T(Cell s, Move a) => Cell.B;
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult NotPartial(int location, string name) =>
        Verify.Diagnostic(Diagnostics.NotPartial, location, name);

    [Fact]
    public Task A_model_that_is_not_partial_is_reported_on_its_name() =>
        Verify.VerifyAsync($$"""
            using MdpDsl;

            [Mdp]
            public class {|#0:Walk|}
            {
            {{Members}}
            }
            """, NotPartial(0, "Walk"));

    [Fact]
    public Task A_partial_model_is_fine() =>
        Verify.VerifyAsync($$"""
            using MdpDsl;

            [Mdp]
            public partial class Walk
            {
            {{Members}}
            }
            """);

    [Fact]
    public Task A_containing_type_that_is_not_partial_is_reported_on_the_model() =>
        Verify.VerifyAsync($$"""
            using MdpDsl;

            public static class Games
            {
                [Mdp]
                public partial class {|#0:Walk|}
                {
                {{Members}}
                }
            }
            """, NotPartial(0, "Walk"));

    [Fact]
    public Task A_file_local_model_is_reported() =>
        Verify.VerifyAsync($$"""
            using MdpDsl;

            [Mdp]
            file partial class {|#0:Walk|}
            {
            {{Members}}
            }
            """, NotPartial(0, "Walk"));

    [Fact]
    public Task A_generic_model_is_reported() =>
        Verify.VerifyAsync($$"""
            using MdpDsl;

            [Mdp]
            public partial class {|#0:Walk|}<TTag>
            {
            {{Members}}
            }
            """, Verify.Diagnostic(Diagnostics.NotPartial, 0, "Walk"));
}
