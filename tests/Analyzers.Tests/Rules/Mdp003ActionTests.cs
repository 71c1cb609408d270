using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>MDP003: the action type is an enum with at least one member.</summary>
public class Mdp003ActionTests
{
    private static string Model(string action) => $$"""
        using MdpDsl;

        [Mdp(Discount = 0.9)]
        public partial class Walk
        {
            [State] public enum Cell { A, B }
            {{action}}
            [Reward] public static double R(Cell s, Move a) => -1;
            [Transition] public static Cell {|#1:T|}(Cell s, Move a) => s;
        }
        """;

    [Fact]
    public Task An_enum_without_members_is_reported_on_the_enum() =>
        Verify.VerifyAsync(Model("[Action] public enum {|#0:Move|} { }"),
            Verify.Diagnostic(Diagnostics.BadAction, 0, "Move"));

    [Fact]
    public Task An_action_that_is_not_an_enum_is_reported_on_the_transition() =>
        Verify.VerifyAsync(Model("public readonly record struct Move(int Step);"), Verify.Diagnostic(Diagnostics.BadAction, 1, "Move"));

    [Fact]
    public Task A_struct_marked_Action_is_an_MDP003_on_the_struct_not_a_CS0592() =>
        Verify.VerifyAsync(Model("[Action] public readonly record struct {|#0:Move|}([Range(-1, 1)] int Step);").Replace("{|#1:T|}", "T"),
            Verify.Diagnostic(Diagnostics.BadAction, 0, "Move"));

    [Fact]
    public Task An_enum_with_one_member_is_fine() =>
        Verify.VerifyAsync(Model("[Action] public enum Move { Stay }").Replace("{|#1:T|}", "T"));
}
