using MdpDsl.Compilation;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>Out-of-range solver arguments throw <see cref="ArgumentOutOfRangeException"/> naming the parameter.</summary>
public class SolverArgumentTests
{
    private static readonly ArrayModel Model = ArrayModel.Compile(SmallModels.UnevenRing(), 0.9);

    public static TheoryData<double> BadTemperatures => new() { 0.0, -1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity };

    public static TheoryData<double> BadTolerances => new() { 0.0, -1e-9, double.NaN, double.PositiveInfinity };

    [Theory]
    [MemberData(nameof(BadTemperatures))]
    public void A_temperature_that_is_not_positive_and_finite_is_rejected(double temperature)
    {
        AssertRejects("temperature", () => Model.SoftValueIteration(temperature));
        AssertRejects("temperature", () => Model.SoftValueIteration(temperature, horizon: 3));
    }

    [Theory]
    [MemberData(nameof(BadTolerances))]
    public void A_tolerance_that_is_not_positive_and_finite_is_rejected(double tolerance)
    {
        AssertRejects("tolerance", () => Model.ValueIteration(tolerance));
        AssertRejects("tolerance", () => Model.SoftValueIteration(1.0, tolerance));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Fewer_than_one_iteration_is_rejected(int maxIterations)
    {
        AssertRejects("maxIterations", () => Model.ValueIteration(maxIterations: maxIterations));
        AssertRejects("maxIterations", () => Model.SoftValueIteration(maxIterations: maxIterations));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_horizon_below_one_is_rejected(int horizon)
    {
        AssertRejects("horizon", () => Model.ValueIteration(horizon: horizon));
        AssertRejects("horizon", () => Model.SoftValueIteration(horizon: horizon));
        AssertRejects("horizon", () => Model.PolicyEvaluation(Model.UniformPolicy(), horizon));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_discount_outside_zero_to_one_is_rejected(double discount) =>
        AssertRejects("discount", () => new MdpSettings(discount, 0, StateSpace.Enumerated, 10, Optimality.Unconstrained));

    [Fact]
    public void A_single_iteration_that_does_not_meet_the_stopping_rule_reports_no_convergence()
    {
        var solution = Model.ValueIteration(maxIterations: 1);
        Assert.False(solution.Converged);
        Assert.Equal(1, solution.Iterations);
    }

    private static void AssertRejects(string parameter, Action call)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Equal(parameter, exception.ParamName);
    }
}
