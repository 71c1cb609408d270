using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ProbabilityAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>
/// MDP019 and MDP007 on a transition that fills a <c>Successors&lt;S&gt;</c>: its <c>next.Add</c> calls are read
/// like the <c>yield return</c>s of an iterator, path by path.
/// </summary>
public class Mdp007SuccessorSinkTests
{
    private static string Model(string body, string members = "") => $$"""
        using System.Collections.Generic;
        using MdpDsl;

        [Mdp(Discount = 0.9)]
        public partial class Walk
        {
            [State] public enum Cell { A, B, C }
            [Action] public enum Move { Stay, Go }
            [Reward] public static double R(Cell s, Move a) => -1;
            {{members}}
            [Transition]
            public static void T(Cell s, Move a, Successors<Cell> next)
            {
        {{body}}
            }
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Sum(int location, string sum, string terms) =>
        Verify.Diagnostic(Diagnostics.BadProbabilitySum, location, "T", sum, terms);

    [Fact]
    public Task Adds_that_fall_short_of_1_are_reported_on_the_last_add() =>
        Verify.VerifyAsync(Model("""
                    next.Add(Cell.A, 0.8);
                    {|#0:next.Add(Cell.B, 0.1);|}
            """), Sum(0, "0.9", "0.8 + 0.1"));

    [Fact]
    public Task Adds_that_sum_to_1_are_fine() =>
        Verify.VerifyAsync(Model("""
                    next.Add(Cell.A, 0.7);
                    next.Add(Cell.B, 0.2);
                    next.Add(state: Cell.C, probability: 0.1);
            """));

    [Fact]
    public Task Named_arguments_in_another_order_still_give_the_probability() =>
        Verify.VerifyAsync(Model("""
                    next.Add(probability: 0.5, state: Cell.A);
                    {|#0:next.Add(Cell.B, 0.25);|}
            """), Sum(0, "0.75", "0.5 + 0.25"));

    [Fact]
    public Task Each_path_through_if_and_return_is_added_up_on_its_own() =>
        Verify.VerifyAsync(Model("""
                    if (s == Cell.C)
                    {
                        next.Add(s, 1);
                        return;
                    }
                    if (a == Move.Go)
                        next.Add(Cell.C, 0.5);
                    {|#0:next.Add(s, 0.5);|}
            """), Sum(0, "0.5", "0.5"));

    [Fact]
    public Task A_probability_outside_0_1_is_reported_on_itself_even_in_a_loop() =>
        Verify.VerifyAsync(Model("""
                    foreach (var cell in new[] { Cell.A, Cell.B })
                        next.Add(cell, 0.4);
                    next.Add(Cell.C, {|#0:-0.1|});
            """), Verify.Diagnostic(Diagnostics.BadProbability, 0, "T", "-0.1"));

    [Fact]
    public Task Adds_in_a_loop_or_with_probabilities_the_compiler_cannot_fold_say_nothing() =>
        Verify.VerifyAsync(Model("""
                    foreach (var cell in new[] { Cell.A, Cell.B })
                        next.Add(cell, 0.4);
                    next.Add(Cell.C, 1 - Slip);
            """, members: "public static double Slip { get; set; } = 0.5;"));

    [Fact]
    public Task Adds_to_another_list_are_not_outcomes() =>
        Verify.VerifyAsync(Model("""
                    var seen = new List<(Cell, double)>();
                    seen.Add((Cell.A, 0.5));
                    next.Add(Cell.A, 1);
            """));
}
