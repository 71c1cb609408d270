using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>MDP008: a discount in (0, 1] and a horizon of at least 1 (error); an undiscounted model must end (warning).</summary>
public class Mdp008DiscountTests
{
    private static string Model(string attribute, string terminal = "") => $$"""
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

    private const string Terminal = "[Terminal] public static bool End(Cell s) => s == Cell.B;";

    [Fact]
    public Task A_discount_above_1_is_an_error_on_the_attribute() =>
        Verify.VerifyAsync(Model("{|#0:Mdp(Discount = 1.5)|}"),
            Verify.Diagnostic(Diagnostics.BadDiscountOrHorizon, 0, "The discount 1.5 must lie in (0, 1]"));

    [Fact]
    public Task A_discount_of_0_is_an_error() =>
        Verify.VerifyAsync(Model("{|#0:Mdp(Discount = 0)|}"),
            Verify.Diagnostic(Diagnostics.BadDiscountOrHorizon, 0, "The discount 0 must lie in (0, 1]"));

    [Fact]
    public Task A_negative_horizon_is_an_error() =>
        Verify.VerifyAsync(Model("{|#0:Mdp(Discount = 0.9, Horizon = -3)|}"),
            Verify.Diagnostic(Diagnostics.BadDiscountOrHorizon, 0, "The horizon -3 must be at least 1 (or left out for an infinite horizon)"));

    [Fact]
    public Task An_undiscounted_model_that_never_ends_is_a_warning() =>
        Verify.VerifyAsync(Model("{|#0:Mdp|}"),
            Verify.Diagnostic(Diagnostics.UndiscountedEndless, 0,
                "'Walk' is undiscounted (Discount = 1) with neither a Horizon nor [Terminal] states, so its values may diverge; " +
                "set a Discount below 1, a Horizon, or mark the states that end an episode [Terminal]"));

    [Fact]
    public Task An_undiscounted_model_with_terminal_states_is_fine() =>
        Verify.VerifyAsync(Model("Mdp(Discount = 1)", Terminal));

    [Fact]
    public Task An_undiscounted_model_with_a_horizon_is_fine() =>
        Verify.VerifyAsync(Model("Mdp(Horizon = 10)"));

    [Fact]
    public Task A_discount_of_1_is_in_range() =>
        Verify.VerifyAsync(Model("Mdp(Discount = 1, Horizon = 5)", Terminal));
}
