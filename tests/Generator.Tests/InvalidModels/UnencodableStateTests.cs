using MdpDsl.Generator.Tests.Driving;

namespace MdpDsl.Generator.Tests.InvalidModels;

/// <summary>
/// Reachable states the encoder cannot serve still get the rest of their code, a simulator included, and nothing
/// throws: one with a field of no finite domain, and one whose one-hot blocks add up past an array's length.
/// </summary>
public sealed class UnencodableStateTests
{
    private static string Model(string fields) => $$"""
        using MdpDsl;

        namespace Wide;

        [Mdp(Discount = 0.9, States = StateSpace.Reachable)]
        public partial class Walk
        {
            [State] public readonly record struct Cell({{fields}});

            [Action] public enum Move { Stay }

            [Initial] public static Cell Start => default;

            [Reward] public static double Cost(Cell s, Move a) => -1;

            [Transition] public static Cell Step(Cell s, Move a) => s;
        }
        """;

    [Fact]
    public void A_field_without_a_finite_domain_leaves_the_state_without_an_encoder() =>
        AssertNoStateEncoder(Model("[Range(0, 9)] int X, int Unbounded"));

    [Fact]
    public void One_hot_blocks_beyond_an_array_leave_the_state_without_an_encoder()
    {
        // 2,100 blocks of 2^20 features: 2.2e9, more than an array holds, and more than an int counts.
        var fields = string.Join(", ", Enumerable.Range(0, 2_100).Select(i => $"[Encoding(FeatureEncoding.OneHot)] [Range(0, 1_048_575)] int F{i}"));
        AssertNoStateEncoder(Model(fields));
    }

    private static void AssertNoStateEncoder(string source)
    {
        var run = GeneratorHarness.Run(source).AssertClean();

        var text = Assert.Single(run.Sources).Text;
        Assert.DoesNotContain(" Encoder {", text, StringComparison.Ordinal);
        Assert.DoesNotContain("const int FeatureCount", text, StringComparison.Ordinal);
        Assert.Contains("CreateSimulator(int stepLimit = 1000)", text, StringComparison.Ordinal);
        Assert.Contains(" ActionEncoder {", text, StringComparison.Ordinal);
    }
}
