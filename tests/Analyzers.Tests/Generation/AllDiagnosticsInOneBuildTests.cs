using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Generation;

/// <summary>A model with many mistakes shows all of them in one build, each on its own span, and nothing else.</summary>
public class AllDiagnosticsInOneBuildTests
{
    [Fact]
    public Task Every_rule_reports_its_own_mistake() =>
        Verify.VerifyAllAsync("""
            using System;
            using System.Collections.Generic;
            using MdpDsl;

            [{|#0:Mdp(Discount = 1.5, Likelihood = Optimality.Exponential)|}]
            public class {|#1:Walk|}
            {
                [State] public readonly record struct Cell([Range(0, 3)] int X, int {|#2:Y|});
                [Action] public enum Move { Left, Right }
                [Reward] public static double R(Cell s, Move a) => s.X == 3 ? {|#3:5|} : -1;
                [Transition]
                public static IEnumerable<(Cell, double)> T(Cell s, Move a)
                {
                    yield return (s, {|#4:-0.2|});
                    yield return (s with { X = {|#5:Random.Shared.Next(4)|} }, 1.2);
                }
            }
            """,
            Verify.Diagnostic(Diagnostics.BadDiscountOrHorizon, 0, "The discount 1.5 must lie in (0, 1]"),
            Verify.Diagnostic(Diagnostics.NotPartial, 1,
                "The [Mdp] type 'Walk' must be declared partial (with every type that contains it) so that the generator can add its model"),
            Verify.Diagnostic(Diagnostics.NoFiniteDomain, 2, "The field 'Cell.Y' is an integer without a finite domain; add [Range(min, max)]"),
            Verify.Diagnostic(Diagnostics.PositiveReward, 3,
                "The reward 'R' can be 5 here, but Likelihood = Optimality.Exponential needs every reward ≤ 0 so that exp(r) is a probability; subtract the largest reward from every reward"),
            Verify.Diagnostic(Diagnostics.BadProbabilities, 4, "The probability -0.2 in 'T' is negative; every probability must lie in [0, 1]"),
            Verify.Diagnostic(Diagnostics.Nondeterministic, 5,
                "The [Transition] 'T' samples randomness through 'Random.Next': Compile() calls it once per (state, action) and keeps one draw, so the model would hold a frozen sample; " +
                "yield every outcome with its probability, and pass anything outside in as a model parameter"));
}
