using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ProbabilityAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>MDP019 and MDP007: constant probabilities must lie in [0, 1] and sum to 1.</summary>
public class Mdp007ProbabilityTests
{
    /// <summary>A model whose transition is <paramref name="transition"/>; <paramref name="members"/> adds members around it.</summary>
    private static string Model(string transition, string members = "") => $$"""
        using System.Collections.Generic;
        using MdpDsl;

        [Mdp(Discount = 0.9)]
        public partial class Walk
        {
            [State] public enum Cell { A, B, C }
            [Action] public enum Move { Stay, Go }
            [Reward] public static double R(Cell s, Move a) => -1;
            {{members}}
            [Transition] public static IEnumerable<(Cell, double)> T(Cell s, Move a){{transition}}
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Sum(int location, string sum, string terms, string member = "T") =>
        Verify.Diagnostic(Diagnostics.BadProbabilitySum, location, member, sum, terms);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult OutOfRange(int location, string value) =>
        Verify.Diagnostic(Diagnostics.BadProbability, location, "T", value);

    [Fact]
    public Task Transitions_built_with_the_distribution_toolkit_raise_no_alarm() =>
        Verify.VerifyAsync("""
            using MdpDsl;

            [Mdp(Discount = 0.9)]
            public partial class Store
            {
                private static readonly Distribution<int> Customers = Distribution.Poisson(1.5, max: 3);
                [State] public readonly record struct Shelf([Range(0, 3)] int Items);
                [Action] public enum Order { None, One }
                [Reward] public static double R(Shelf s, Order a) => Customers.E(n => System.Math.Min(n, s.Items)) - 1;
                [Transition] public static Distribution<Shelf> T(Shelf s, Order a) =>
                    from n in Customers
                    from late in Distribution.Bernoulli(0.2)
                    select new Shelf(System.Math.Clamp(s.Items - n + (a == Order.One && !late ? 1 : 0), 0, 3));
            }
            """);

    [Fact]
    public Task A_categorical_distribution_whose_constants_do_not_sum_to_1_is_reported() =>
        Verify.VerifyAsync(Model(" => {|#0:Distribution.Categorical((Cell.A, 0.5), (Cell.B, 0.4))|};")
            .Replace("IEnumerable<(Cell, double)> T", "Distribution<Cell> T", StringComparison.Ordinal), Sum(0, "0.9", "0.5 + 0.4"));

    [Fact]
    public Task A_categorical_probability_outside_0_to_1_is_reported() =>
        Verify.VerifyAsync(Model(" => Distribution.Categorical((Cell.A, {|#0:1.5|}), (Cell.B, {|#1:-0.5|}));")
            .Replace("IEnumerable<(Cell, double)> T", "Distribution<Cell> T", StringComparison.Ordinal),
            OutOfRange(0, "1.5"), Verify.Diagnostic(Diagnostics.BadProbability, 1, "T", "-0.5"));

    [Fact]
    public Task A_categorical_distribution_that_sums_to_1_or_is_not_constant_is_fine() =>
        Verify.VerifyAsync(Model(" => s == Cell.A ? Distribution.Categorical((Cell.A, 0.25), (Cell.B, 0.75)) : Distribution.Categorical((Cell.C, P), (Cell.A, 1 - P));",
            members: "public static double P { get; set; } = 0.3;")
            .Replace("IEnumerable<(Cell, double)> T", "Distribution<Cell> T", StringComparison.Ordinal));

    [Fact]
    public Task Yields_that_fall_short_of_1_are_reported_on_the_last_yield() =>
        Verify.VerifyAsync(Model("""
             {
                    yield return (Cell.A, 0.8);
                    {|#0:yield return (Cell.B, 0.1);|}
                }
            """), Sum(0, "0.9", "0.8 + 0.1"));

    [Fact]
    public Task Yields_that_sum_to_1_are_fine() =>
        Verify.VerifyAsync(Model("""
             {
                    yield return (Cell.A, 0.7);
                    yield return (Cell.B, 0.2);
                    yield return (Cell.C, 0.1);
                }
            """));

    [Fact]
    public Task Each_path_through_if_and_yield_break_is_added_up_on_its_own() =>
        Verify.VerifyAsync(Model("""
             {
                    if (s == Cell.C)
                    {
                        yield return (s, 1);
                        yield break;
                    }
                    if (a == Move.Go)
                        yield return (Cell.C, 0.5);
                    {|#0:yield return (s, 0.5);|}
                }
            """), Sum(0, "0.5", "0.5"));

    [Fact]
    public Task An_if_with_an_else_is_two_paths() =>
        Verify.VerifyAsync(Model("""
             {
                    if (a == Move.Go)
                        yield return (Cell.C, 1);
                    else
                        yield return (s, 1.0);
                }
            """));

    [Fact]
    public Task A_path_that_yields_nothing_is_left_alone() =>
        Verify.VerifyAsync(Model("""
             {
                    if (s == Cell.C)
                        yield break;
                    yield return (Cell.C, 1);
                }
            """));

    [Fact]
    public Task A_probability_the_compiler_cannot_fold_says_nothing() =>
        Verify.VerifyAsync(Model("""
             {
                    yield return (Cell.A, 1 - Slip);
                    yield return (Cell.B, 0.5);
                }
            """, members: "public static double Slip { get; set; } = 0.5;"));

    [Fact]
    public Task Yields_in_a_loop_cannot_be_counted_but_a_negative_one_is_still_wrong() =>
        Verify.VerifyAsync(Model("""
             {
                    foreach (var next in new[] { Cell.A, Cell.B })
                        yield return (next, 0.4);
                    yield return (Cell.C, {|#0:-0.1|});
                }
            """), OutOfRange(0, "-0.1"));

    [Fact]
    public Task An_array_of_tuples_is_reported_on_the_array() =>
        Verify.VerifyAsync(Model(" => {|#0:new[] { (Cell.A, 0.5), (Cell.B, 0.6) }|};"), Sum(0, "1.1", "0.5 + 0.6"));

    [Fact]
    public Task A_collection_expression_is_reported_on_the_collection() =>
        Verify.VerifyAsync(Model(" => a == Move.Go ? {|#0:[(Cell.A, 0.25), (Cell.B, 0.25)]|} : [(s, 1)];"), Sum(0, "0.5", "0.25 + 0.25"));

    [Fact]
    public Task Probabilities_outside_0_1_in_a_list_are_each_reported_on_themselves_and_not_summed() =>
        Verify.VerifyAsync(Model(" => new (Cell, double)[] { (Cell.A, {|#1:1.5|}), (Cell.B, {|#0:-0.5|}) };"), OutOfRange(0, "-0.5"), OutOfRange(1, "1.5"));

    [Fact]
    public Task A_list_that_sums_to_1_within_the_tolerance_is_fine() =>
        Verify.VerifyAsync(Model(" => [(Cell.A, 0.1), (Cell.B, 0.2), (Cell.C, 0.7)];"));

    [Fact]
    public Task An_empty_list_is_left_alone() =>
        Verify.VerifyAsync(Model(" => s == Cell.C ? [] : [(s, 1)];"));

    [Fact]
    public Task A_list_built_elsewhere_says_nothing() =>
        Verify.VerifyAsync(Model(" => Outcomes;", members: "private static readonly (Cell, double)[] Outcomes = { (Cell.A, 0.5) };"));

    [Fact]
    public Task An_initial_distribution_is_checked_too() =>
        Verify.VerifyAsync(Model(" => [(s, 1)];", members: "[Initial] public static IEnumerable<(Cell, double)> Start => {|#0:[(Cell.A, 0.5), (Cell.B, 0.4)]|};"),
            Sum(0, "0.9", "0.5 + 0.4", member: "Start"));

    [Fact]
    public Task A_method_that_is_not_part_of_the_model_is_not_checked() =>
        Verify.VerifyAsync(Model(" => [(s, 1)];", members: "public static IEnumerable<(Cell, double)> Draft() => [(Cell.A, 0.5)];"));
}
