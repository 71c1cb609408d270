using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>Without discounting a policy's value exists only where it reaches a terminal state.</summary>
public class ImproperPolicyTests
{
    [Fact]
    public void A_policy_that_never_reaches_a_terminal_state_is_rejected_naming_the_state()
    {
        // States 0 … 4 with 0 terminal; A0 steps left, A1 stays. Staying in 4 is the only way not to end.
        var m = new MdpArrays(5, 2);
        m.Terminal[0] = true;
        for (var s = 1; s < 5; s++)
        {
            m.Set(s, Act.A0, -1, (s - 1, 1.0));
            m.Set(s, Act.A1, -1, (s, 1.0));
        }
        var model = ArrayModel.Compile(m, 1.0);
        var exception = Assert.Throws<ArgumentException>(() => model.PolicyEvaluation(s => s == 4 ? Act.A1 : Act.A0));
        Assert.Matches(@"\bstate 4\b", exception.Message);
    }

    [Fact]
    public void The_same_policy_has_a_value_with_discounting()
    {
        // Staying in 3 forever costs Σ γ^k = 1/(1 − γ) = 10; from 4 one step reaches the end.
        var model = ArrayModel.Compile(SmallModels.Line(6), 0.9);
        var solution = model.PolicyEvaluation(s => s == 3 ? Act.A1 : Act.A0);
        Approx.Equal(-10, solution.V[3], 1e-12, "V(3)");
        Approx.Equal(-1, solution.V[4], 1e-12, "V(4)");
    }

    [Fact]
    public void A_policy_that_always_reaches_the_end_is_evaluated_without_discounting()
    {
        var model = ArrayModel.Compile(SmallModels.Line(6), 1.0);
        var solution = model.PolicyEvaluation(_ => Act.A0);
        Approx.Values(new[] { -5.0, -4, -3, -2, -1, 0 }, solution.V, 1e-12, "walk right");
    }
}
