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
}
