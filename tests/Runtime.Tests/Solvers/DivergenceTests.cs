using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>Values that stop being finite are reported, not returned (DESIGN §8).</summary>
public class DivergenceTests
{
    [Fact]
    public void Values_that_overflow_throw_a_divergence_exception_naming_the_state()
    {
        // States 0 and 1 are terminal; state 2 loops on itself for the finite reward 1e308 without discounting,
        // so V(2) = 1e308 after one sweep and overflows to +∞ in the second.
        var m = new MdpArrays(3, 1);
        m.Terminal[0] = m.Terminal[1] = true;
        m.Set(2, Act.A0, 1e308, (2, 1.0));
        var model = ArrayModel.Compile(m, 1.0);
        var exception = Assert.Throws<DivergenceException>(() => model.ValueIteration());
        Assert.Equal(2, exception.State);
        Assert.Equal(2, exception.Iteration);
        Assert.Equal(double.PositiveInfinity, exception.Value);
        Assert.Equal(
            "The values stopped being finite at iteration 2: V(2) = ∞. Check for unbounded rewards or a discount of 1 without reachable terminal states.",
            exception.Message);

        // Gauss–Seidel and modified policy iteration sweep the same way and report the same overflow.
        var gaussSeidel = Assert.Throws<DivergenceException>(() => model.GaussSeidelValueIteration());
        Assert.Equal((2, 2, double.PositiveInfinity), (gaussSeidel.State, gaussSeidel.Iteration, gaussSeidel.Value));
        Assert.StartsWith("The values stopped being finite at sweep 2: V(2) = ∞. Check for unbounded rewards", gaussSeidel.Message);
        var modified = Assert.Throws<DivergenceException>(() => model.ModifiedPolicyIteration());
        Assert.Equal((2, double.PositiveInfinity), (modified.State, modified.Value));
        Assert.StartsWith($"The values stopped being finite at improvement {modified.Iteration}: V(2) = ∞. Check for unbounded rewards", modified.Message);
    }
}
