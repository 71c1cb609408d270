using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>MDP005: the members' signatures match the state and action types.</summary>
public class Mdp005SignatureTests
{
    private static string Model(string members) => $$"""
        using MdpDsl;

        [Mdp(Discount = 0.9)]
        public partial class Walk
        {
            [State] public enum Cell { A, B }
            [Action] public enum Move { Stay }
            [Transition] public static Cell T(Cell s, Move a) => s;
            {{members}}
        }
        """;

    [Fact]
    public Task A_reward_that_returns_int_is_reported_on_its_name() =>
        Verify.VerifyAsync(Model("[Reward] public static int {|#0:R|}(Cell s, Move a) => -1;"),
            Verify.Diagnostic(Diagnostics.BadSignature, 0,
                "[Reward] must be double R(Cell s), double R(Cell s, Move a) or double R(Cell s, Move a, Cell next)"));

    [Fact]
    public Task A_terminal_predicate_on_the_wrong_type_is_reported_on_its_name() =>
        Verify.VerifyAsync(Model("[Reward] public static double R(Cell s) => -1; [Terminal] public static bool {|#0:End|}(Move a) => true;"),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Terminal] must be bool IsTerminal(S state)"));

    [Fact]
    public Task A_generic_transition_is_reported_on_its_name() =>
        Verify.VerifyAsync(Model("[Reward] public static double R(Cell s) => -1;").Replace("public static Cell T(", "public static Cell {|#0:T|}<TSeed>("),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Transition] 'T' must not be generic: the model calls it with the state and action alone"));

    [Fact]
    public Task Every_reward_shape_of_the_design_is_fine() =>
        Verify.VerifyAsync(Model("[Reward] public static double R(Cell s, Move a, Cell next) => -1;"));
}
