using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>MDP008: a discount in (0, 1], a horizon and a search cap of at least 1.</summary>
public class Mdp008DiscountTests
{
    internal static string Model(string attribute, string terminal = "") => $$"""
        using MdpDsl;

        [{{attribute}}]
        public partial class Walk
        {
            [State] public enum Cell { A, B }
            [Action] public enum Move { Stay }
            [Reward] public static double R(Cell s, Move a) => -1;
            [Transition] public static Cell T(Cell s, Move a) => Cell.B;
            {{terminal}}
        }
        """;

    internal const string Terminal = "[Terminal] public static bool End(Cell s) => s == Cell.B;";

    [Fact]
    public Task A_discount_above_1_is_an_error_on_the_attribute() =>
        Verify.VerifyAsync(Model("{|#0:Mdp(Discount = 1.5)|}"),
            Verify.Diagnostic(Diagnostics.BadSetting, 0, "Discount", "1.5", "in (0, 1]"));

    [Fact]
    public Task A_discount_of_0_is_an_error() =>
        Verify.VerifyAsync(Model("{|#0:Mdp(Discount = 0)|}"),
            Verify.Diagnostic(Diagnostics.BadSetting, 0, "Discount", "0", "in (0, 1]"));

    [Fact]
    public Task A_negative_horizon_is_an_error() =>
        Verify.VerifyAsync(Model("{|#0:Mdp(Discount = 0.9, Horizon = -3)|}"),
            Verify.Diagnostic(Diagnostics.BadSetting, 0, "Horizon", -3, "at least 1, or left out for an infinite horizon"));

    [Fact]
    public Task A_search_cap_below_1_is_an_error() =>
        Verify.VerifyAsync(Model("{|#0:Mdp(Discount = 0.9, MaxStates = 0)|}"),
            Verify.Diagnostic(Diagnostics.BadSetting, 0, "MaxStates", 0, "at least 1"));

    [Fact]
    public Task A_discount_of_1_is_in_range() =>
        Verify.VerifyAsync(Model("Mdp(Discount = 1, Horizon = 5)", Terminal));
}

/// <summary>MDP011: an undiscounted model must end (warning).</summary>
public class Mdp011EndlessTests
{
    [Fact]
    public Task An_undiscounted_model_that_never_ends_is_a_warning() =>
        Verify.VerifyAsync(Mdp008DiscountTests.Model("{|#0:Mdp|}"), Verify.Diagnostic(Diagnostics.UndiscountedEndless, 0, "Walk"));

    [Fact]
    public Task An_undiscounted_model_with_terminal_states_is_fine() =>
        Verify.VerifyAsync(Mdp008DiscountTests.Model("Mdp(Discount = 1)", Mdp008DiscountTests.Terminal));

    [Fact]
    public Task An_undiscounted_model_with_a_horizon_is_fine() =>
        Verify.VerifyAsync(Mdp008DiscountTests.Model("Mdp(Horizon = 10)"));

}
