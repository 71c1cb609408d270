using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>MDP002: exactly one [Transition] and [Reward]; state and action types marked as such.</summary>
public class Mdp002MembersTests
{
    [Fact]
    public Task A_missing_reward_is_reported_on_the_model() =>
        Verify.VerifyAsync("""
            using MdpDsl;

            [Mdp(Discount = 0.9)]
            public partial class {|#0:Walk|}
            {
                [State] public enum Cell { A, B }
                [Action] public enum Move { Stay }
                [Transition] public static Cell T(Cell s, Move a) => s;
            }
            """, Verify.Diagnostic(Diagnostics.MemberCount, 0, "Walk", "[Reward]", 0));

    [Fact]
    public Task A_second_transition_is_reported_on_the_duplicate() =>
        Verify.VerifyAsync("""
            using MdpDsl;

            [Mdp(Discount = 0.9)]
            public partial class Walk
            {
                [State] public enum Cell { A, B }
                [Action] public enum Move { Stay }
                [Reward] public static double R(Cell s, Move a) => -1;
                [Transition] public static Cell T(Cell s, Move a) => s;
                [Transition] public static Cell {|#0:U|}(Cell s, Move a) => s;
            }
            """, Verify.Diagnostic(Diagnostics.MemberCount, 0, "Walk", "[Transition]", 2));

    [Fact]
    public Task A_reachable_model_without_an_initial_member_is_reported_on_the_model() =>
        Verify.VerifyAsync("""
            using MdpDsl;

            [Mdp(Discount = 0.9, States = StateSpace.Reachable)]
            public partial class {|#0:Walk|}
            {
                [State] public readonly record struct Cell(int X);
                [Action] public enum Move { Stay }
                [Reward] public static double R(Cell s, Move a) => -1;
                [Transition] public static Cell T(Cell s, Move a) => s;
            }
            """, Verify.Diagnostic(Diagnostics.MemberCount, 0, "Walk", "[Initial]", 0));
}

/// <summary>MDP013: the transition's parameter types are marked [State] and [Action].</summary>
public class Mdp013UnmarkedTypeTests
{
    [Fact]
    public Task An_action_enum_without_Action_is_reported_on_the_transition() =>
        Verify.VerifyAsync("""
            using MdpDsl;

            [Mdp(Discount = 0.9)]
            public partial class Walk
            {
                [State] public enum Cell { A, B }
                public enum Move { Stay }
                [Reward] public static double R(Cell s, Move a) => -1;
                [Transition] public static Cell {|#0:T|}(Cell s, Move a) => s;
            }
            """, Verify.Diagnostic(Diagnostics.UnmarkedType, 0, "Move", "Action", "T", ""));

    [Fact]
    public Task A_state_type_without_State_is_reported_on_the_transition() =>
        Verify.VerifyAsync("""
            using MdpDsl;

            [Mdp(Discount = 0.9)]
            public partial class Walk
            {
                public enum Cell { A, B }
                [Action] public enum Move { Stay }
                [Reward] public static double R(Cell s, Move a) => -1;
                [Transition] public static Cell {|#0:T|}(Cell s, Move a) => s;
            }
            """, Verify.Diagnostic(Diagnostics.UnmarkedType, 0, "Cell", "State", "T", ""));

    [Fact]
    public Task A_tuple_state_is_told_to_become_a_record_struct() =>
        Verify.VerifyAsync("""
            using MdpDsl;

            [Mdp(Discount = 0.9)]
            public partial class Walk
            {
                [Action] public enum Move { Stay }
                [Reward] public static double R((int, int) s, Move a) => -1;
                [Transition] public static (int, int) {|#0:T|}((int, int) s, Move a) => s;
            }
            """, Verify.Diagnostic(Diagnostics.UnmarkedType, 0, "(int, int)", "State", "T", Diagnostics.TupleAdvice));

    [Fact]
    public Task An_integer_reward_is_a_reward() =>
        Verify.VerifyAsync("""
            using MdpDsl;

            [Mdp(Discount = 0.9)]
            public partial class Walk
            {
                [State] public enum Cell { A, B }
                [Action] public enum Move { Stay, Go }
                [Reward] public static int R(Cell s, Move a) => a == Move.Go ? -2 : -1;
                [Transition] public static Cell T(Cell s, Move a) => a == Move.Go ? Cell.B : s;
            }
            """);

    [Fact]
    public Task One_of_each_member_is_fine() =>
        Verify.VerifyAsync("""
            using MdpDsl;

            [Mdp(Discount = 0.9)]
            public partial class Walk
            {
                [State] public enum Cell { A, B }
                [Action] public enum Move { Stay }
                [Reward] public static double R(Cell s, Move a) => -1;
                [Transition] public static Cell T(Cell s, Move a) => s;
            }
            """);
}
