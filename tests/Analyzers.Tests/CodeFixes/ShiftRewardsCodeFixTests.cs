using MdpDsl.Analyzers.CodeFixes;
using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.CodeFixVerifier<MdpDsl.Analyzers.PositiveRewardAnalyzer, MdpDsl.Analyzers.CodeFixes.ShiftRewardsCodeFix>;

namespace MdpDsl.Analyzers.Tests.CodeFixes;

public class ShiftRewardsCodeFixTests
{
    [Fact]
    public Task Every_constant_reward_is_shifted_by_the_largest()
    {
        const string before = """
            using MdpDsl;

            [Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)]
            public partial class Walk
            {
                [State] public enum Cell { A, B, C }
                [Action] public enum Move { Stay }
                [Reward] public static double R(Cell s, Move a) => s switch { Cell.A => {|#0:10|}, Cell.B => {|#1:2.5|}, _ => -1 };
                [Transition] public static Cell T(Cell s, Move a) => s;
            }
            """;
        const string after = """
            using MdpDsl;

            [Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)]
            public partial class Walk
            {
                [State] public enum Cell { A, B, C }
                [Action] public enum Move { Stay }
                [Reward] public static double R(Cell s, Move a) => s switch { Cell.A => 0, Cell.B => -7.5, _ => -11 };
                [Transition] public static Cell T(Cell s, Move a) => s;
            }
            """;
        return Verify.VerifyAsync(before, after, Verify.Diagnostic(Diagnostics.PositiveReward, 0), Verify.Diagnostic(Diagnostics.PositiveReward, 1));
    }

    [Fact]
    public Task Fix_all_shifts_each_reward_by_its_own_largest_value() =>
        Verify.VerifyAsync(Models("""
                {
                        if (s == Cell.A)
                            return {|#0:1|};
                        return s == Cell.B ? {|#1:0.3|} : -0.1;
                    }
                """, " => {|#2:Bonus|};"),
            Models("""
                {
                        if (s == Cell.A)
                            return 0;
                        return s == Cell.B ? -0.7 : -1.1;
                    }
                """, " => 0;"),
            Verify.Diagnostic(Diagnostics.PositiveReward, 0), Verify.Diagnostic(Diagnostics.PositiveReward, 1), Verify.Diagnostic(Diagnostics.PositiveReward, 2));

    [Fact]
    public Task A_reward_with_a_value_the_compiler_cannot_fold_gets_no_fix() =>
        Verify.VerifyNoFixAsync(Models(" => s == Cell.A ? {|#0:1|} : -Distance(s);", " => -1;"), Verify.Diagnostic(Diagnostics.PositiveReward, 0));

    [Fact]
    public Task A_transition_reward_that_is_positive_on_every_successor_is_shifted_as_a_whole()
    {
        const string before = """
            using MdpDsl;

            [Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)]
            public partial class Walk
            {
                [State] public enum Cell { A, B }
                [Action] public enum Move { Stay }
                [Reward] public static double R(Cell s, Move a, Cell next) => next == Cell.B ? 3 : {|#0:1|};
                [Transition] public static Cell T(Cell s, Move a) => s;
            }
            """;
        const string after = """
            using MdpDsl;

            [Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)]
            public partial class Walk
            {
                [State] public enum Cell { A, B }
                [Action] public enum Move { Stay }
                [Reward] public static double R(Cell s, Move a, Cell next) => next == Cell.B ? 0 : -2;
                [Transition] public static Cell T(Cell s, Move a) => s;
            }
            """;
        return Verify.VerifyAsync(before, after, Verify.Diagnostic(Diagnostics.PositiveReward, 0));
    }

    /// <summary>Two models, with the rewards <paramref name="first"/> and <paramref name="second"/>.</summary>
    private static string Models(string first, string second) => $$"""
        using MdpDsl;

        [Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)]
        public partial class Walk
        {
            [State] public enum Cell { A, B, C }
            [Action] public enum Move { Stay }
            [Reward] public static double R(Cell s, Move a){{first}}
            [Transition] public static Cell T(Cell s, Move a) => s;
            private static double Distance(Cell s) => (int)s;
        }

        [Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)]
        public partial class Run
        {
            private const double Bonus = 2;
            [State] public enum Lane { Left, Right }
            [Action] public enum Pace { Steady }
            [Reward] public static double R(Lane s, Pace a){{second}}
            [Transition] public static Lane T(Lane s, Pace a) => s;
        }
        """;
}
