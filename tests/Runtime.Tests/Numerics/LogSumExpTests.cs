using MdpDsl.Numerics;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Numerics;

/// <summary>The soft maximum T·log Σ exp(xᵢ/T) stays finite and exact where the naive formula overflows (DESIGN §4).</summary>
public class LogSumExpTests
{
    [Fact]
    public void Large_values_do_not_overflow() =>
        // exp(1000) is +∞ in double; the answer is 1000 + log 2.
        Approx.Equal(1000 + Math.Log(2), LogSumExp.Compute(new[] { 1000.0, 1000.0 }), 1e-12, "log(e^1000 + e^1000)");

    [Fact]
    public void Tiny_temperatures_do_not_underflow_to_minus_infinity() =>
        // exp(−1/1e-3) underflows, but the soft maximum of {−1, −2} at T = 1e-3 is −1 + 1e-3·log(1 + e^-1000) = −1.
        Approx.Equal(-1, LogSumExp.SoftMaximum(new[] { -1.0, -2.0 }, 1e-3), 1e-15, "T = 1e-3");

    [Fact]
    public void Disallowed_entries_contribute_nothing_and_all_disallowed_is_minus_infinity()
    {
        Approx.Equal(Math.Log(2), LogSumExp.Compute(new[] { 0.0, double.NegativeInfinity, 0.0 }), 1e-15, "with −∞");
        Assert.Equal(double.NegativeInfinity, LogSumExp.Compute(new[] { double.NegativeInfinity, double.NegativeInfinity }));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.05)]
    [InlineData(20.0)]
    public void It_lies_between_the_maximum_and_the_maximum_plus_t_log_n(double temperature)
    {
        var values = new[] { -0.3, 0.7, -2.0, 0.1 };
        var soft = LogSumExp.SoftMaximum(values, temperature);
        Assert.InRange(soft, 0.7, 0.7 + temperature * Math.Log(values.Length) + 1e-12);
        Approx.Equal(Reference.SoftMaximum(values, temperature), soft, 1e-12, "against the reference");
    }

    [Fact]
    public void The_softmax_of_an_exact_tie_at_a_tiny_temperature_shares_the_mass()
    {
        var probabilities = new double[3];
        var value = LogSumExp.Softmax(new[] { -1.0, -1.0, -3.0 }, default, 1e-300, probabilities);
        Assert.Equal(new[] { 0.5, 0.5, 0.0 }, probabilities);
        // T·log 2 vanishes next to 1 at this temperature.
        Assert.Equal(-1.0, value);
    }

    [Fact]
    public void Weights_multiply_the_exponentials_and_zero_weights_take_no_part()
    {
        var probabilities = new double[4];
        // The largest value has weight 0, so the shift is the tie at 2; −∞ gets nothing whatever its weight.
        var value = LogSumExp.Softmax(new[] { 2.0, 2.0, 9.0, double.NegativeInfinity }, new[] { 0.25, 0.75, 0.0, 1.0 }, 1e-300, probabilities);
        Assert.Equal(new[] { 0.25, 0.75, 0.0, 0.0 }, probabilities);
        Assert.Equal(2.0, value);
        // At T = 1: log(0.25 e^2 + 0.75 e^2) = 2, and π keeps the weights' split.
        Approx.Equal(2.0, LogSumExp.Softmax(new[] { 2.0, 2.0 }, new[] { 0.25, 0.75 }, 1, probabilities.AsSpan(0, 2)), 1e-15, "weighted soft maximum");
        Approx.Equal(0.25, probabilities[0], 1e-15, "π(0)");
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-6)]
    [InlineData(1.0)]
    [InlineData(1e6)]
    [InlineData(1e300)]
    public void The_softmax_sums_to_one_at_every_temperature(double temperature)
    {
        var random = new Random(7);
        var probabilities = new double[5];
        for (var trial = 0; trial < 1000; trial++)
        {
            // Values near one another at the scale of a large |V|, where exp((x − V)/T) loses most of its digits.
            var values = Enumerable.Range(0, 5).Select(_ => -100 + random.Next(3) * temperature + random.NextDouble() * 1e-13).ToArray();
            var value = LogSumExp.Softmax(values, default, temperature, probabilities);
            Approx.Equal(1, probabilities.Sum(), 2e-15, $"Σπ at T = {temperature}");
            Approx.Equal(LogSumExp.SoftMaximum(values, temperature), value, 0, "the value it returns is the soft maximum");
        }
    }

    [Fact]
    public void A_row_without_an_allowed_entry_gets_no_mass()
    {
        var probabilities = new[] { 9.0, 9.0 };
        Assert.Equal(double.NegativeInfinity, LogSumExp.Softmax(new[] { double.NegativeInfinity, double.NegativeInfinity }, default, 1, probabilities));
        Assert.Equal(new[] { 0.0, 0.0 }, probabilities);
    }
}
