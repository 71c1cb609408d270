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
                    yield return (s with { X = {|#5:Random.Shared.Next(4)|} }, {|#6:1.2|});
                }
            }
            """,
            Verify.Diagnostic(Diagnostics.BadSetting, 0, "Discount", "1.5", "in (0, 1]"),
            Verify.Diagnostic(Diagnostics.NotPartial, 1, "Walk"),
            Verify.Diagnostic(Diagnostics.NoFiniteDomain, 2, "Cell.Y", "int", "[State]"),
            Verify.Diagnostic(Diagnostics.PositiveReward, 3, "R", "5"),
            Verify.Diagnostic(Diagnostics.BadProbability, 4, "T", "-0.2"),
            Verify.Diagnostic(Diagnostics.BadProbability, 6, "T", "1.2"),
            Verify.Diagnostic(Diagnostics.Nondeterministic, 5, "[Transition]", "T", "randomness", "Random.Next"));
}
