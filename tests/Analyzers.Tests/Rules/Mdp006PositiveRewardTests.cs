using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.PositiveRewardAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>
/// MDP006: under Optimality.Exponential, an expected reward r(s, a) the compiler proves positive is an error: a
/// positive constant of a reward of the state and action, or a reward of the transition positive on every successor.
/// </summary>
public class Mdp006PositiveRewardTests
{
    /// <summary>A model whose reward is <paramref name="reward"/>; <paramref name="members"/> adds members around it.</summary>
    private static string Model(string reward, string likelihood = ", Likelihood = Optimality.Exponential", string members = "") => $$"""
        using MdpDsl;

        [Mdp(Discount = 0.9{{likelihood}})]
        public partial class Walk
        {
            [State] public enum Cell { A, B, C }
            [Action] public enum Move { Stay }
            [Transition] public static Cell T(Cell s, Move a) => s;
            {{members}}
            [Reward] public static double R(Cell s, Move a){{reward}}
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Positive(int location, string value) =>
        Verify.Diagnostic(Diagnostics.PositiveReward, location, "R", value);

    [Fact]
    public Task A_positive_arm_of_a_conditional_is_reported_on_that_arm() =>
        Verify.VerifyAsync(Model(" => s == Cell.B ? {|#0:10|} : -1;"), Positive(0, "10"));

    [Fact]
    public Task A_positive_integer_reward_is_reported() =>
        Verify.VerifyAsync(Model(" => s == Cell.B ? {|#0:10|} : -1;").Replace("public static double R", "public static int R", StringComparison.Ordinal), Positive(0, "10"));

    [Fact]
    public Task A_positive_literal_expression_body_is_reported() =>
        Verify.VerifyAsync(Model(" => {|#0:0.5|};"), Positive(0, "0.5"));

    [Fact]
    public Task A_const_field_is_folded() =>
        Verify.VerifyAsync(Model(" => {|#0:Bonus|};", members: "private const double Bonus = 2;"), Positive(0, "2"));

    [Fact]
    public Task Arithmetic_and_unary_minus_on_constants_are_folded() =>
        Verify.VerifyAsync(Model(" => {|#0:-Cost * 2 - 1|};", members: "private const int Cost = -3;"), Positive(0, "5"));

    [Fact]
    public Task Each_positive_arm_of_a_switch_expression_is_reported() =>
        Verify.VerifyAsync(Model(" => s switch { Cell.A => {|#0:1|}, Cell.B => 0, _ => {|#1:3|} };"), Positive(0, "1"), Positive(1, "3"));

    [Fact]
    public Task Every_return_of_a_block_body_is_read() =>
        Verify.VerifyAsync(Model("""
             {
                    if (s == Cell.A)
                        return {|#0:1|};
                    return s == Cell.B ? -1 : Penalty(s);
                }
                private static double Penalty(Cell s) => 5;
            """), Positive(0, "1"));

    [Fact]
    public Task A_throwing_arm_is_no_value() =>
        Verify.VerifyAsync(Model(" => s switch { Cell.A => {|#0:4|}, _ => throw new System.ArgumentException() };"), Positive(0, "4"));

    [Fact]
    public Task Zero_and_negative_constants_are_fine() =>
        Verify.VerifyAsync(Model(" => s switch { Cell.A => 0, Cell.B => -0.5, _ => -1 };"));

    [Fact]
    public Task A_value_the_compiler_cannot_fold_says_nothing() =>
        Verify.VerifyAsync(Model(" => s == Cell.A ? Bonus : -1;", members: "public static double Bonus { get; set; } = 5;"));

    [Fact]
    public Task A_static_readonly_field_is_not_a_constant() =>
        Verify.VerifyAsync(Model(" => Bonus;", members: "private static readonly double Bonus = 5;"));

    [Fact]
    public Task Returns_inside_a_lambda_are_not_the_rewards() =>
        Verify.VerifyAsync(Model("""
             {
                    System.Func<double> bonus = () => 5;
                    return -bonus();
                }
            """));

    [Fact]
    public Task Positive_rewards_are_fine_without_the_exponential_likelihood() =>
        Verify.VerifyAsync(Model(" => 10;", likelihood: ""));

    [Fact]
    public Task An_explicit_cast_is_not_looked_through() =>
        Verify.VerifyAsync(Model(" => (int)(s == Cell.A ? 0.5 : -1.5);"));

    /// <summary>A model with the reward r(s, a, s') <paramref name="reward"/> and a 0.5/0.5 transition.</summary>
    private static string TransitionReward(string reward) => $$"""
        using System.Collections.Generic;
        using MdpDsl;

        [Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)]
        public partial class Walk
        {
            [State] public enum Cell { Start, Goal }
            [Action] public enum Move { Try }
            [Terminal] public static bool Done(Cell s) => s == Cell.Goal;
            [Transition] public static IEnumerable<(Cell, double)> T(Cell s, Move a) => [(Cell.Goal, 0.5), (Cell.Start, 0.5)];
            [Reward] public static double R(Cell s, Move a, Cell next){{reward}}
        }
        """;

    [Fact]
    public Task A_positive_branch_of_a_transition_reward_whose_expectation_may_be_negative_is_not_reported() =>
        Verify.VerifyAsync(TransitionReward(" => next == Cell.Goal ? 1 : -4;"));

    [Fact]
    public Task A_transition_reward_positive_on_every_successor_is_reported_once_at_its_smallest_value() =>
        Verify.VerifyAsync(TransitionReward(" => next == Cell.Goal ? 3 : {|#0:0.5|};"), Positive(0, "0.5"));

    [Fact]
    public Task A_transition_reward_with_a_value_the_compiler_cannot_fold_says_nothing() =>
        Verify.VerifyAsync(TransitionReward(" => next == Cell.Goal ? 3 : Bonus;").Replace("[Reward]", "public static double Bonus { get; set; } = 1;\n    [Reward]"));
}
