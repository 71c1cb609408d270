using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.CodeFixVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer, MdpDsl.Analyzers.CodeFixes.AddRangeCodeFix>;

namespace MdpDsl.Analyzers.Tests.CodeFixes;

public class AddRangeCodeFixTests
{
    private static string Model(string state, string usings = "using MdpDsl;") => $$"""
        {{usings}}

        [Mdp(Discount = 0.9)]
        public partial class Walk
        {
            {{state}}
            [Action] public enum Move { Stay }
            [Reward] public static double R(Cell s, Move a) => -1;
            [Transition] public static Cell T(Cell s, Move a) => s;
        }
        """;

    [Fact]
    public Task A_positional_parameter_gets_a_range_in_front() =>
        Verify.VerifyAsync(
            Model("[State] public readonly record struct Cell([Range(0, 4)] int X, int {|#0:Y|});"),
            Model("[State] public readonly record struct Cell([Range(0, 4)] int X, [Range(0, 9)] int Y);"),
            Verify.Diagnostic(Diagnostics.NoFiniteDomain, 0));

    [Fact]
    public Task Fix_all_gives_every_field_and_property_its_range_on_a_line_of_its_own() =>
        Verify.VerifyAsync(
            Model("""
                [State] public struct Cell
                    {
                        public int {|#0:X|};
                        // The row.
                        public long {|#1:Y|} { get; set; }
                    }
                """),
            Model("""
                [State] public struct Cell
                    {
                        [Range(0, 9)]
                        public int X;
                        // The row.
                        [Range(0, 9)]
                        public long Y { get; set; }
                    }
                """),
            Verify.Diagnostic(Diagnostics.NoFiniteDomain, 0), Verify.Diagnostic(Diagnostics.NoFiniteDomain, 1));

    [Fact]
    public Task The_attribute_is_qualified_where_Range_means_something_else() =>
        Verify.VerifyAsync(
            Model("[State] public readonly record struct Cell(int {|#0:X|});", "using MdpDsl;\nusing Range = System.ComponentModel.DataAnnotations.RangeAttribute;"),
            Model("[State] public readonly record struct Cell([MdpDsl.Range(0, 9)] int X);", "using MdpDsl;\nusing Range = System.ComponentModel.DataAnnotations.RangeAttribute;"),
            Verify.Diagnostic(Diagnostics.NoFiniteDomain, 0));

    [Fact]
    public Task A_double_field_gets_no_fix() =>
        Verify.VerifyNoFixAsync(Model("[State] public readonly record struct Cell(double {|#0:X|});"), Verify.Diagnostic(Diagnostics.NoFiniteDomain, 0));
}
