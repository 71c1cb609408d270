using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Policies;

/// <summary>Act, Probability and Distribution read the policy table; a terminal state has no action.</summary>
public class PolicyQueryTests
{
    private static readonly ArrayModel Line = ArrayModel.Compile(SmallModels.Line(5), 0.9);

    [Fact]
    public void Every_query_for_an_action_in_a_terminal_state_is_an_invalid_operation()
    {
        Assert.True(Line.UniformPolicy().IsTerminal(4));
        Assert.False(Line.UniformPolicy().TryAct(4, out _));
        Assert.Equal(0, Line.UniformPolicy().Probability(4, Act.A0));
        Assert.Throws<InvalidOperationException>(() => Line.UniformPolicy().Distribution(4));
        Assert.Throws<InvalidOperationException>(() => Line.ValueIteration().Policy.Act(4));
        Assert.Throws<InvalidOperationException>(() => Line.SoftValueIteration().Policy.Act(4));
        Assert.Throws<InvalidOperationException>(() => Line.UniformPolicy().Act(4));
        Assert.Throws<InvalidOperationException>(() => Line.UniformPolicy().Sample(4, new Random(1)));
    }

    [Fact]
    public void The_optimal_policy_on_the_line_steps_toward_the_end()
    {
        var policy = Line.ValueIteration().Policy;
        Assert.All(Enumerable.Range(0, 4), s => Assert.Equal(Act.A0, policy.Act(s)));
    }

    [Fact]
    public void A_stochastic_policy_reports_its_probabilities_and_acts_on_the_most_probable_action()
    {
        var model = ArrayModel.Compile(SmallModels.Ring(4, 4), 0.9);
        var policy = model.CreatePolicy((_, a) => Weights[(int)a]);
        Assert.Equal(Act.A2, policy.Act(1));
        Assert.Equal(0.1, policy.Probability(1, Act.A0));
        Assert.Equal(new[] { (Act.A0, 0.1), (Act.A1, 0.2), (Act.A2, 0.4), (Act.A3, 0.3) }, policy.Distribution(1));
        Assert.False(policy.IsTerminal(1));
    }

    [Fact]
    public void A_policy_that_chooses_a_disallowed_action_is_rejected_naming_the_state_and_action()
    {
        // In the line only A0 and A1 exist, so ask for a three-action line where A2 is disallowed.
        var model = ArrayModel.Compile(SmallModels.Line(5, actions: 3), 0.9);
        var exception = Assert.Throws<ArgumentException>(() => model.CreatePolicy(s => s == 2 ? Act.A2 : Act.A0));
        Assert.Matches(@"\bA2\b", exception.Message);
        Assert.Matches(@"\bstate 2\b", exception.Message);
    }

    [Fact]
    public void A_stochastic_policy_whose_probabilities_do_not_sum_to_one_is_rejected()
    {
        var model = ArrayModel.Compile(SmallModels.Ring(4, 2), 0.9);
        Assert.Throws<ArgumentException>(() => model.CreatePolicy((_, _) => 0.4));
    }

    private static readonly double[] Weights = { 0.1, 0.2, 0.4, 0.3 };
}
