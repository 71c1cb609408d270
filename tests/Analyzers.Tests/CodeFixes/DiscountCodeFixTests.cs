using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.CodeFixVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer, MdpDsl.Analyzers.CodeFixes.DiscountCodeFix>;

namespace MdpDsl.Analyzers.Tests.CodeFixes;

public class DiscountCodeFixTests
{
    private static string Model(string attribute) => $$"""
        using MdpDsl;

        [{{attribute}}]
        public partial class Walk
        {
            [State] public enum Cell { A, B }
            [Action] public enum Move { Stay }
            [Reward] public static double R(Cell s, Move a) => -1;
            [Transition] public static Cell T(Cell s, Move a) => s;
        }
        """;

    [Fact]
    public Task A_discount_out_of_range_is_replaced() =>
        Verify.VerifyAsync(Model("{|#0:Mdp(Horizon = 0, Discount = 1.5)|}"), Model("Mdp(Horizon = 0, Discount = 0.99)"),
            Verify.Diagnostic(Diagnostics.BadSetting, 0));

    [Fact]
    public Task An_endless_undiscounted_model_gets_a_discount() =>
        Verify.VerifyAsync(Model("{|#0:Mdp|}"), Model("Mdp(Discount = 0.99)"),
            Verify.Diagnostic(Diagnostics.UndiscountedEndless, 0));

    [Fact]
    public Task A_bad_horizon_gets_no_discount_fix() =>
        Verify.VerifyNoFixAsync(Model("{|#0:Mdp(Discount = 0.9, Horizon = -1)|}"), Verify.Diagnostic(Diagnostics.BadSetting, 0));
}
