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
    public Task A_reward_that_returns_decimal_is_reported_on_its_name() =>
        Verify.VerifyAsync(Model("[Reward] public static decimal {|#0:R|}(Cell s, Move a) => -1;"),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Reward]", "R", RewardSignatures));

    [Fact]
    public Task A_terminal_predicate_on_the_wrong_type_is_reported_on_its_name() =>
        Verify.VerifyAsync(Model("[Reward] public static double R(Cell s) => -1; [Terminal] public static bool {|#0:End|}(Move a) => true;"),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Terminal]", "End", "bool IsTerminal(Cell state), parameters by value"));

    [Fact]
    public Task A_generic_transition_is_reported_on_its_name() =>
        Verify.VerifyAsync(Model("[Reward] public static double R(Cell s) => -1;").Replace("public static Cell T(", "public static Cell {|#0:T|}<TSeed>("),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Transition]", "T", TransitionSignatures));

    [Theory]
    [InlineData("ref")]
    [InlineData("in")]
    [InlineData("ref readonly")]
    public Task A_reward_taking_the_state_by_reference_is_reported_on_its_name(string modifier) =>
        Verify.VerifyAsync(Model($"[Reward] public static double {{|#0:R|}}({modifier} Cell s, Move a) => -1;"),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Reward]", "R", RewardSignatures));

    [Fact]
    public Task A_transition_with_an_out_parameter_is_reported_on_its_name() =>
        Verify.VerifyAsync(Model("[Reward] public static double R(Cell s) => -1;").Replace("public static Cell T(Cell s, Move a) => s;", "public static Cell {|#0:T|}(Cell s, out Move a) { a = Move.Stay; return s; }"),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Transition]", "T", TransitionSignatures));

    [Fact]
    public Task A_terminal_predicate_taking_the_state_by_reference_is_reported() =>
        Verify.VerifyAsync(Model("[Reward] public static double R(Cell s) => -1; [Terminal] public static bool {|#0:End|}(ref Cell s) => true;"),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Terminal]", "End", "bool IsTerminal(Cell state), parameters by value"));

    [Fact]
    public Task A_write_only_initial_property_is_reported_on_its_name() =>
        Verify.VerifyAsync(Model("[Reward] public static double R(Cell s) => -1; [Initial] public static Cell {|#0:Start|} { set { } }"),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Initial]", "Start", "a readable property or a parameterless method of type Cell or IEnumerable<(Cell, double)>"));

    [Fact]
    public Task A_property_with_a_private_getter_is_a_readable_initial() =>
        Verify.VerifyAsync(Model("[Reward] public static double R(Cell s) => -1; [Initial] public static Cell Start { private get; set; }"));

    private const string RewardSignatures =
        "double R(Cell s), double R(Cell s, Move a) or double R(Cell s, Move a, Cell next) (or int, long or float), parameters by value";

    private const string TransitionSignatures =
        "Cell T(Cell s, Move a), IEnumerable<(Cell, double)> T(Cell s, Move a) or void T(Cell s, Move a, Successors<Cell> next), not generic, parameters by value";

    [Fact]
    public Task Every_reward_shape_of_the_design_is_fine() =>
        Verify.VerifyAsync(Model("[Reward] public static double R(Cell s, Move a, Cell next) => -1;"));
}
