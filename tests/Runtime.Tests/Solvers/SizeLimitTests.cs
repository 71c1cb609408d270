using MdpDsl.Compilation;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// Sizes that cannot be allocated are refused at once, with the sizes named, instead of running out of memory,
/// overflowing an int or failing inside a collection with a message about its capacity.
/// </summary>
public class SizeLimitTests
{
    private static readonly ArrayModel Ring = ArrayModel.Compile(SmallModels.Ring(), 0.9);

    [Fact]
    public void Backward_induction_over_more_steps_than_memory_holds_is_refused()
    {
        var hard = Assert.Throws<ArgumentOutOfRangeException>(() => Ring.ValueIteration(horizon: int.MaxValue));
        var soft = Assert.Throws<ArgumentOutOfRangeException>(() => Ring.SoftValueIteration(horizon: int.MaxValue));
        var evaluation = Assert.Throws<ArgumentOutOfRangeException>(() => Ring.PolicyEvaluation(Ring.UniformPolicy(), int.MaxValue));

        foreach (var error in new[] { hard, soft, evaluation })
        {
            Assert.Equal("horizon", error.ParamName);
            Assert.Contains("2,147,483,647 steps of 8 states × 3 actions", error.Message);
        }
    }

    [Fact]
    public void The_refusal_names_the_memory_the_stages_would_take()
    {
        // 10⁹ steps fit in an array, but not their stages: (10⁹ + 1) · 8 bytes · (8 + 2 · 8 · 3) = 417.2 GiB.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Ring.ValueIteration(horizon: 1_000_000_000));
        Assert.Contains("Keeping V, Q and π for each of 1,000,000,000 steps of 8 states × 3 actions needs about 417.2 GiB", error.Message);
        Assert.EndsWith("Use a shorter horizon, or an infinite horizon with a discount below 1. (Parameter 'horizon')\nActual value was 1000000000.", error.Message.Replace("\r", ""));
    }

    [Theory]
    [InlineData(int.MaxValue, 2)]
    [InlineData(65_536, 65_536)] // the product wraps to 0 in 32-bit arithmetic
    public void A_table_too_large_to_allocate_is_refused_before_the_dynamics_are_called(int states, int actions)
    {
        var error = Assert.Throws<ModelValidationException>(() =>
            ModelCompiler.Compile<int, int, NeverCalled, Space, Space>(
                default, new Space(states), new Space(actions), new MdpSettings(0.9, 0, StateSpace.Enumerated, 1, Optimality.Unconstrained)));

        Assert.Contains($"{states:N0} states × {actions:N0} actions = {(double)states * actions:N0} pairs", error.Message);
        Assert.Equal((double)states * actions, error.Value);
    }

    /// <summary>The values 0..Count−1.</summary>
    private readonly record struct Space(int Count) : IFiniteSpace<int>
    {
        public bool TryIndexOf(int value, out int index) => (index = value) >= 0 && value < Count;

        public int ValueAt(int index) => index;
    }

    /// <summary>Dynamics that fail the test if the compiler gets as far as calling them.</summary>
    private readonly struct NeverCalled : IDynamics<int, int>
    {
        public bool IsDeterministic => false;

        public bool RewardDependsOnNext => false;

        public bool IsTerminal(int state) => throw new InvalidOperationException("called");

        public bool IsAllowed(int state, int action) => throw new InvalidOperationException("called");

        public double Reward(int state, int action, int next) => throw new InvalidOperationException("called");

        public void Successors(int state, int action, Successors<int> successors) => throw new InvalidOperationException("called");

        public void Initial(Successors<int> start) => throw new InvalidOperationException("called");
    }
}
