using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>
/// MDP010: a state type, a field or a (state, action) table beyond an array's size is an error, counted without
/// overflow; MDP012: more than 10,000,000 table entries over the stages is a warning.
/// </summary>
public class Mdp010SizeTests
{
    private const string ArrayLimit = "2,147,483,591";

    private static string Model(string state, string actions = "Stay", string mdp = "Mdp(Discount = 0.9)") => $$"""
        using MdpDsl;

        [{{mdp}}]
        public partial class {|#1:Walk|}
        {
            {{state}}
            [Action] public enum Move { {{actions}} }
            [Reward] public static double R(Cell s, Move a) => -1;
            [Transition] public static Cell T(Cell s, Move a) => s;
        }
        """;

    private static string Unmarked(string source) => source.Replace("{|#1:Walk|}", "Walk");

    [Fact]
    public Task A_state_count_beyond_an_array_is_an_error_on_the_state_type() =>
        Verify.VerifyAsync(Unmarked(Model("[State] public readonly record struct {|#0:Cell|}([Range(0, 99_999)] int X, [Range(0, 99_999)] int Y);")),
            Verify.Diagnostic(Diagnostics.TooLargeToIndex, 0, "Cell", "10,000,000,000", "values", ArrayLimit));

    [Fact]
    public Task A_state_count_beyond_every_integer_type_is_counted_exactly() =>
        Verify.VerifyAsync(Unmarked(Model("[State] public readonly record struct {|#0:Cell|}([Range(0, 999_999)] int A, [Range(0, 999_999)] int B, [Range(0, 999_999)] int C, [Range(0, 999_999)] int D);")),
            Verify.Diagnostic(Diagnostics.TooLargeToIndex, 0, "Cell", "1,000,000,000,000,000,000,000,000", "values", ArrayLimit));

    [Fact]
    public Task The_full_long_range_is_an_error_on_the_field_not_a_count_of_zero() =>
        Verify.VerifyAsync(Unmarked(Model("[State] public readonly record struct Cell([Range(long.MinValue, long.MaxValue)] long {|#0:X|});")),
            Verify.Diagnostic(Diagnostics.TooLargeToIndex, 0, "Cell.X", "18,446,744,073,709,551,616", "values", ArrayLimit));

    [Fact]
    public Task States_times_actions_beyond_an_array_is_an_error_on_the_model() =>
        Verify.VerifyAsync(Model("[State] public readonly record struct Cell([Range(0, 37_999)] int X, [Range(0, 37_999)] int Y);", "Left, Right"),
            Verify.Diagnostic(Diagnostics.TooLargeToIndex, 1, "Walk", "2,888,000,000", "(state, action) pairs", ArrayLimit));

    [Fact]
    public Task A_product_that_wraps_to_zero_in_int_is_still_an_error() =>
        Verify.VerifyAsync(Model("[State] public readonly record struct Cell([Range(0, 1_073_741_823)] int X);", "Up, Down, Left, Right"),
            Verify.Diagnostic(Diagnostics.TooLargeToIndex, 1, "Walk", "4,294,967,296", "(state, action) pairs", ArrayLimit));

    [Fact]
    public Task More_than_ten_million_pairs_is_a_warning_on_the_model() =>
        Verify.VerifyAsync(Model("[State] public readonly record struct Cell([Range(0, 2_999)] int X, [Range(0, 1_999)] int Y);", "Left, Right"),
            Verify.Diagnostic(Diagnostics.ModelTooLarge, 1, "Walk", "6,000,000", "2", "12,000,000", "10,000,000"));

    [Fact]
    public Task A_horizon_multiplies_the_entries_a_finite_horizon_solver_keeps() =>
        Verify.VerifyAsync(Model("[State] public readonly record struct Cell([Range(0, 999)] int X, [Range(0, 999)] int Y);", "Left, Right", "Mdp(Horizon = 6)"),
            Verify.Diagnostic(Diagnostics.ModelTooLarge, 1, "Walk", "1,000,000", "2", "12,000,000", "10,000,000"));

    [Fact]
    public Task Ten_million_pairs_are_fine() =>
        Verify.VerifyAsync(Unmarked(Model("[State] public readonly record struct Cell([Range(0, 4_999)] int X, [Range(0, 999)] int Y);", "Left, Right")));
}
