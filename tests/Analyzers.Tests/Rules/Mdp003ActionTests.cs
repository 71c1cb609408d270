using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>MDP003: the action type is an enum with at least one member, or a struct or record of finite fields.</summary>
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

    private static string Unmarked(string action) => Model(action).Replace("{|#1:T|}", "T");

    [Fact]
    public Task An_enum_without_members_is_reported_on_the_enum() =>
        Verify.VerifyAsync(Unmarked("[Action] public enum {|#0:Move|} { }"),
            Verify.Diagnostic(Diagnostics.BadAction, 0, "Move"));

    [Fact]
    public Task An_interface_action_is_reported_on_the_transition() =>
        Verify.VerifyAsync(Model("public interface Move { }"), Verify.Diagnostic(Diagnostics.BadAction, 1, "Move"));

    [Fact]
    public Task An_abstract_class_marked_Action_is_neither_an_enum_nor_a_finite_struct() =>
        Verify.VerifyAsync(Unmarked("[Action] public abstract class {|#0:Move|} { }"),
            Verify.Diagnostic(Diagnostics.BadAction, 0, "Move"));

    [Fact]
    public Task A_record_class_marked_Action_is_reported_because_actions_are_value_types() =>
        Verify.VerifyAsync(Unmarked("[Action] public sealed record {|#0:Move|}([Range(-1, 1)] int Step);"),
            Verify.Diagnostic(Diagnostics.BadAction, 0, "Move"));

    [Fact]
    public Task An_unmarked_record_struct_action_is_an_MDP013_asking_for_the_attribute() =>
        Verify.VerifyAsync(Model("public readonly record struct Move([Range(-1, 1)] int Step);"),
            Verify.Diagnostic(Diagnostics.UnmarkedType, 1, "Move", "Action", "T", ""));

    [Fact]
    public Task A_record_struct_of_ranged_integers_enums_and_bools_is_an_action() =>
        Verify.VerifyAsync(Unmarked("[Action] public readonly record struct Move([Range(-5, 5)] int Cars, System.DayOfWeek Day, bool Fast);"));

    [Fact]
    public Task A_struct_action_may_nest_an_Action_struct() =>
        Verify.VerifyAsync(Unmarked("[Action] public readonly record struct Step([Range(0, 2)] int Length); [Action] public struct Move { public Step Step; public bool Jump; }"));

    [Fact]
    public Task A_struct_action_with_an_unranged_integer_is_an_MDP004_naming_the_field() =>
        Verify.VerifyAsync(Unmarked("[Action] public readonly record struct Move([Range(0, 1)] int Lane, int {|#0:Cars|});"),
            Verify.Diagnostic(Diagnostics.NoFiniteDomain, 0, "Move.Cars", "int", "[Action]"));

    [Fact]
    public Task A_struct_action_with_an_empty_range_is_an_MDP015() =>
        Verify.VerifyAsync(Unmarked("[Action] public readonly record struct Move([Range(5, -5)] int {|#0:Cars|});"),
            Verify.Diagnostic(Diagnostics.BadRange, 0, "Move.Cars", 5, -5, "int"));

    [Fact]
    public Task A_struct_action_the_model_cannot_build_is_an_MDP017_worded_for_actions() =>
        Verify.VerifyAsync(Unmarked("[Action] public readonly struct {|#0:Move|} { private Move(bool go) => Go = go; public bool Go { get; } }"),
            Verify.Diagnostic(Diagnostics.NotBuildable, 0, "Move", "action"));

    [Fact]
    public Task An_enum_with_one_member_is_fine() =>
        Verify.VerifyAsync(Unmarked("[Action] public enum Move { Stay }"));
}
