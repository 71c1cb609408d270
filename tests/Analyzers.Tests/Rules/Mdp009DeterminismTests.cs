using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.DeterminismAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>MDP009: a reward or transition must describe the model, not sample it, read the clock or do I/O.</summary>
public class Mdp009DeterminismTests
{
    private static string Model(string reward = " => -1;", string transition = " => [(s, 1)];", string members = "") => $$"""
        using System;
        using System.Collections.Generic;
        using System.IO;
        using MdpDsl;

        [Mdp(Discount = 0.9)]
        public partial class Walk
        {
            [State] public enum Cell { A, B }
            [Action] public enum Move { Stay }
            [Reward] public static double R(Cell s, Move a){{reward}}
            [Transition] public static IEnumerable<(Cell, double)> T(Cell s, Move a){{transition}}
            {{members}}
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Randomness(int location, string api) =>
        Verify.Diagnostic(Diagnostics.Nondeterministic, location, "[Transition]", "T", "randomness", api);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Clock(int location, string api) =>
        Verify.Diagnostic(Diagnostics.Nondeterministic, location, "[Reward]", "R", "the clock", api);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult InputOutput(int location, string api) =>
        Verify.Diagnostic(Diagnostics.Nondeterministic, location, "[Reward]", "R", "I/O", api);

    [Fact]
    public Task Random_Shared_is_reported_once_on_the_whole_call() =>
        Verify.VerifyAsync(Model(transition: " => [({|#0:Random.Shared.NextDouble()|} < 0.5 ? Cell.A : Cell.B, 1)];"),
            Randomness(0, "Random.NextDouble"));

    [Fact]
    public Task A_new_Random_and_a_Random_field_are_reported() =>
        Verify.VerifyAsync(Model(
                transition: """
                     {
                            var random = {|#0:new Random(42)|};
                            yield return (s, 1);
                            _ = {|#1:Rng.Next()|};
                        }
                    """,
                members: "private static readonly Random Rng = new();"),
            Randomness(0, "new Random"), Randomness(1, "Random.Next"));

    [Fact]
    public Task Randomness_inside_a_lambda_of_the_transition_counts() =>
        Verify.VerifyAsync(Model(transition: """
             {
                    Func<int> roll = () => {|#0:Random.Shared.Next(6)|};
                    yield return (s, 1);
                }
            """), Randomness(0, "Random.Next"));

    [Fact]
    public Task DateTime_Now_and_Environment_TickCount_are_the_clock() =>
        Verify.VerifyAsync(Model(reward: " => {|#0:DateTime.Now|}.Hour + {|#1:Environment.TickCount|} > 0 ? -1 : -2;"),
            Clock(0, "DateTime.Now"), Clock(1, "Environment.TickCount"));

    [Fact]
    public Task Console_and_file_access_are_IO() =>
        Verify.VerifyAsync(Model(reward: """
             {
                    {|#0:Console.WriteLine(s)|};
                    return -{|#1:File.ReadAllText("cost.txt")|}.Length;
                }
            """), InputOutput(0, "Console.WriteLine"), InputOutput(1, "File.ReadAllText"));

    [Fact]
    public Task Pure_helpers_are_fine() =>
        Verify.VerifyAsync(Model(reward: " => -Math.Abs(Path.Combine(\"a\", \"b\").Length - DateTime.MinValue.Hour);"));

    [Fact]
    public Task Other_members_may_use_randomness() =>
        Verify.VerifyAsync(Model(members: "[Initial] public static Cell Start => Random.Shared.Next(2) == 0 ? Cell.A : Cell.B; public static void Log() => Console.WriteLine();"));

    [Fact]
    public Task What_a_member_calls_is_not_followed() =>
        Verify.VerifyAsync(Model(reward: " => Noise();", members: "private static double Noise() => Random.Shared.NextDouble();"));
}
