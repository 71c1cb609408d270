using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.CodeFixVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer, MdpDsl.Analyzers.CodeFixes.MakePartialCodeFix>;

namespace MdpDsl.Analyzers.Tests.CodeFixes;

public class MakePartialCodeFixTests
{
    private static string Model(string declaration, string name = "Walk") => $$"""
            [Mdp(Discount = 0.9)]
            {{declaration}}
            {
                [State] public enum Cell { A, B }
                [Action] public enum Move { Stay }
                [Reward] public static double R(Cell s, Move a) => -1;
                [Transition] public static Cell T(Cell s, Move a) => s;
            }
        """;

    [Fact]
    public Task Partial_goes_after_the_other_modifiers() =>
        Verify.VerifyAsync(
            "using MdpDsl;\n" + Model("public sealed class {|#0:Walk|}"),
            "using MdpDsl;\n" + Model("public sealed partial class Walk"),
            Verify.Diagnostic(Diagnostics.NotPartial, 0));

    [Fact]
    public Task A_model_without_modifiers_keeps_its_layout() =>
        Verify.VerifyAsync(
            "using MdpDsl;\n" + Model("class {|#0:Walk|}"),
            "using MdpDsl;\n" + Model("partial class Walk"),
            Verify.Diagnostic(Diagnostics.NotPartial, 0));

    [Fact]
    public Task Fix_all_makes_two_models_and_their_shared_container_partial_once() =>
        Verify.VerifyAsync($$"""
            using MdpDsl;

            public static class Games
            {
            {{Model("public class {|#0:Walk|}")}}

            {{Model("public class {|#1:Run|}")}}
            }
            """, $$"""
            using MdpDsl;

            public static partial class Games
            {
            {{Model("public partial class Walk")}}

            {{Model("public partial class Run")}}
            }
            """,
            Verify.Diagnostic(Diagnostics.NotPartial, 0), Verify.Diagnostic(Diagnostics.NotPartial, 1));

    [Fact]
    public Task A_generic_model_gets_no_fix() =>
        Verify.VerifyNoFixAsync("using MdpDsl;\n" + Model("public partial class {|#0:Walk|}<TTag>"), Verify.Diagnostic(Diagnostics.NotPartial, 0));

    [Fact]
    public Task A_file_local_partial_model_gets_no_fix() =>
        Verify.VerifyNoFixAsync("using MdpDsl;\n" + Model("file partial class {|#0:Walk|}"), Verify.Diagnostic(Diagnostics.NotPartial, 0));
}
