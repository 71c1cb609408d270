using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>MDP010: a state count that overflows int is an error; more than 10,000,000 (state, action) pairs a warning.</summary>
public class Mdp010SizeTests
{
    private static string Model(string state, string actions = "Stay") => $$"""
        using MdpDsl;

        [Mdp(Discount = 0.9)]
        public partial class {|#1:Walk|}
        {
            {{state}}
            [Action] public enum Move { {{actions}} }
            [Reward] public static double R(Cell s, Move a) => -1;
            [Transition] public static Cell T(Cell s, Move a) => s;
        }
        """;

    [Fact]
    public Task A_state_count_above_int_is_an_error_on_the_state_type() =>
        Verify.VerifyAsync(Model("[State] public readonly record struct {|#0:Cell|}([Range(0, 99_999)] int X, [Range(0, 99_999)] int Y);").Replace("{|#1:Walk|}", "Walk"),
            Verify.Diagnostic(Diagnostics.StateSpaceTooLarge, 0,
                $"The state type 'Cell' has more than {int.MaxValue:N0} values; narrow its [Range]s or use [Mdp(States = StateSpace.Reachable)]"));

    [Fact]
    public Task More_than_ten_million_pairs_is_a_warning_on_the_model() =>
        Verify.VerifyAsync(Model("[State] public readonly record struct Cell([Range(0, 2_999)] int X, [Range(0, 1_999)] int Y);", "Left, Right"),
            Verify.Diagnostic(Diagnostics.ModelTooLarge, 1,
                $"'Walk' has {6_000_000:N0} states × 2 actions = {12_000_000:N0} pairs, more than {10_000_000:N0}; " +
                "Compile() calls the transition once per pair and keeps every row in memory. Narrow the state's [Range]s, or use [Mdp(States = StateSpace.Reachable)]"));

    [Fact]
    public Task Ten_million_pairs_are_fine() =>
        Verify.VerifyAsync(Model("[State] public readonly record struct Cell([Range(0, 4_999)] int X, [Range(0, 999)] int Y);", "Left, Right").Replace("{|#1:Walk|}", "Walk"));
}
