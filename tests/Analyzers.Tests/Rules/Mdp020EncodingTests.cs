using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>
/// MDP020: an [Encoding] that cannot apply — on a field whose encoding is fixed, naming no encoding, or asking for a
/// one-hot block of more than 2^20 features — is a warning on the attribute, and the field keeps an encoding that works.
/// </summary>
public class Mdp020EncodingTests
{
    private static string Model(string fields, string mdp = "Mdp(Discount = 0.9)") => $$"""
        using MdpDsl;

        [{{mdp}}]
        public partial class Shop
        {
            public enum Season { Spring, Summer }

            [State] public readonly record struct Cell({{fields}});
            [Action] public enum Move { Stay }
            [Initial] public static Cell Start => default;
            [Reward] public static double R(Cell s, Move a) => -1;
            [Transition] public static Cell T(Cell s, Move a) => s;
        }
        """;

    [Fact]
    public Task Encoding_on_a_bool_or_an_enum_is_ignored_with_a_warning() =>
        Verify.VerifyAsync(Model("[{|#0:Encoding(FeatureEncoding.Scaled)|}] bool Open, [{|#1:Encoding(FeatureEncoding.OneHot)|}] Season When"),
            Verify.Diagnostic(Diagnostics.IgnoredEncoding, 0, "Cell.Open", Diagnostics.EncodingWithoutChoice),
            Verify.Diagnostic(Diagnostics.IgnoredEncoding, 1, "Cell.When", Diagnostics.EncodingWithoutChoice));

    [Fact]
    public Task A_value_that_names_no_encoding_is_ignored_with_a_warning() =>
        Verify.VerifyAsync(Model("[{|#0:Encoding((FeatureEncoding)4)|}] [Range(0, 9)] int Stock"),
            Verify.Diagnostic(Diagnostics.IgnoredEncoding, 0, "Cell.Stock",
                "4 is not FeatureEncoding.OneHot, FeatureEncoding.Scaled or both; the field gets its default encoding"));

    [Fact]
    public Task A_one_hot_block_beyond_a_million_features_is_scaled_instead() =>
        Verify.VerifyAsync(Model("[{|#0:Encoding(FeatureEncoding.OneHot)|}] [Range(0, 1_999_999)] int Price"),
            Verify.Diagnostic(Diagnostics.IgnoredEncoding, 0, "Cell.Price",
                "a one-hot block of 2,000,000 features is more than the 1,048,576 the encoder allows; the field is scaled"));

    [Fact]
    public Task Every_choice_on_an_integer_range_is_accepted() =>
        Verify.VerifyAsync(Model(
            "[Encoding(FeatureEncoding.Scaled)] [Range(0, 3)] int A, [Encoding(FeatureEncoding.OneHot)] [Range(0, 99)] int B, " +
            "[Encoding(FeatureEncoding.OneHot | FeatureEncoding.Scaled)] [Range(-2, 2)] long C"));

    [Fact]
    public Task A_reachable_state_beyond_any_index_is_no_error_and_its_encodings_are_still_read() =>
        Verify.VerifyAsync(Model(
            "[Range(0, 99_999)] int X, [Range(0, 99_999)] int Y, [{|#0:Encoding(FeatureEncoding.Scaled)|}] bool Open",
            "Mdp(Discount = 0.9, States = StateSpace.Reachable)"),
            Verify.Diagnostic(Diagnostics.IgnoredEncoding, 0, "Cell.Open", Diagnostics.EncodingWithoutChoice));
}
