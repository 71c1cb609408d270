using MdpDsl.Generator.Tests.Driving;

namespace MdpDsl.Generator.Tests.InvalidModels;

/// <summary>
/// A model whose declarations are sound but whose values are wrong still gets its code: the analyzers' error is
/// the one the user should see, not that plus an error at every use of <c>Compile()</c> and <c>Model</c>.
/// </summary>
public sealed class ValueErrorTests
{
    [Theory]
    // A positive reward while p(O = 1 | s, a) = exp(r) must be a probability (MDP006).
    [InlineData("[Mdp(Likelihood = Optimality.Exponential)]", "[Reward] public static double Gain(Coin s, Toss a) => 1;", "0.5", "0.5")]
    // Constant probabilities that sum to 0.9 (MDP007), and one that is negative.
    [InlineData("[Mdp(Discount = 0.9)]", "[Reward] public static double Gain(Coin s, Toss a) => -1;", "0.5", "0.4")]
    [InlineData("[Mdp(Discount = 0.9)]", "[Reward] public static double Gain(Coin s, Toss a) => -1;", "1.5", "-0.5")]
    public void Model_with_a_value_error_gets_code_that_compiles(string mdp, string reward, string heads, string tails)
    {
        var source = $$"""
            using System.Collections.Generic;
            using MdpDsl;

            namespace Values;

            {{mdp}}
            public partial class Flip
            {
                [State] public enum Coin { Heads, Tails }

                [Action] public enum Toss { Flip }

                {{reward}}

                [Transition]
                public static IEnumerable<(Coin, double)> Throw(Coin s, Toss a)
                {
                    yield return (Coin.Heads, {{heads}});
                    yield return (Coin.Tails, {{tails}});
                }
            }
            """;

        var run = GeneratorHarness.Run(source).AssertClean();

        Assert.Equal("Values.Flip.g.cs", Assert.Single(run.Sources).HintName);
    }
}
