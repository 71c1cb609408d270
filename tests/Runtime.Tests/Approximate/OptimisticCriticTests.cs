namespace MdpDsl.Runtime.Tests.Approximate;

/// <summary>
/// A linear critic's initial value: Q(s, a) and the target start there for every state and action, the features
/// keep their zero weights, and a step moves the estimate from there as a normalized step from any other value does.
/// </summary>
public class OptimisticCriticTests
{
    private static readonly FunctionEncoder<int> Position = new(2, (s, i) => i == 0 ? s : s * s);

    [Theory]
    [InlineData(0.0)]
    [InlineData(180.0)]
    [InlineData(-3.5)]
    public void Every_estimate_starts_at_the_initial_value(double initialValue)
    {
        var critic = new LinearSoftCritic<int>(Position, actionCount: 3, initialValue: initialValue);

        foreach (var state in new[] { 0, 1, 7, -4 })
        {
            for (var action = 0; action < 3; action++)
            {
                Assert.Equal(initialValue, critic.Value(state, action));
                Assert.Equal(initialValue, critic.TargetValue(state, action));
            }
        }
    }

    [Fact]
    public void A_step_moves_the_estimate_from_the_initial_value_by_the_rate_times_the_error()
    {
        var critic = new LinearSoftCritic<int>(Position, actionCount: 2, initialValue: 100);

        critic.Update(state: 2, action: 1, target: 40, learningRate: 0.25);

        // Normalized LMS: Q(s, a) moves by η (y − Q) = 0.25 × (40 − 100) = −15; the other action keeps its start.
        Assert.Equal(85, critic.Value(2, 1), 12);
        Assert.Equal(100, critic.Value(2, 0));
        Assert.Equal(100, critic.TargetValue(2, 1));
    }

    [Fact]
    public void An_initial_value_needs_a_bias_and_must_be_finite()
    {
        var noBias = Assert.Throws<ArgumentException>(() => new LinearSoftCritic<int>(Position, 2, bias: false, initialValue: 5));
        Assert.Contains("bias", noBias.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinearSoftCritic<int>(Position, 2, initialValue: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinearSoftCritic<int>(Position, 2, initialValue: double.PositiveInfinity));
        Assert.Equal(0, new LinearSoftCritic<int>(Position, 2, bias: false).Value(3, 1));
    }
}
