using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>MDP004: every state field has a finite domain.</summary>
public class Mdp004FiniteDomainTests
{
    private static string Model(string state) => $$"""
        using MdpDsl;

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
    public Task An_integer_without_a_range_is_reported_on_the_field() =>
        Verify.VerifyAsync(Model("[State] public readonly record struct Cell([Range(0, 4)] int X, int {|#0:Y|});"),
            Verify.Diagnostic(Diagnostics.NoFiniteDomain, 0, "Cell.Y", "int", "[State]"));

    [Fact]
    public Task A_double_field_is_reported_on_the_field() =>
        Verify.VerifyAsync(Model("[State] public struct Cell { public double {|#0:Heat|}; }"),
            Verify.Diagnostic(Diagnostics.NoFiniteDomain, 0, "Cell.Heat", "double", "[State]"));


    [Fact]
    public Task Ranged_integers_bools_and_enums_are_fine() =>
        Verify.VerifyAsync(Model("[State] public readonly record struct Cell([Range(0, 4)] int X, bool Lit, System.DayOfWeek Day);"));
}
