using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>Policy iteration's steps, worked out by hand on small models.</summary>
public class PolicyIterationTests
{
    [Fact]
    public void Exact_ties_keep_the_current_action_and_stop_after_one_evaluation()
    {
        // On the ring every action costs 1 and stays among non-terminal states: V = −1/(1 − γ) = −10 and every Q is −10,
        // equal in exact arithmetic but computed through different successor rows. The first policy (A0 everywhere, the
        // first of equal rewards) is kept: rounding differences below the margin do not count as improvements.
        var solution = ArrayModel.Compile(SmallModels.Ring(), 0.9).PolicyIteration();
        Assert.True(solution.Converged);
        Assert.Equal(1, solution.Iterations);
        for (var s = 0; s < 8; s++)
        {
            Assert.Equal(Act.A0, solution.Policy.Act(s));
            Approx.Equal(-10, solution.V[s], 1e-12, $"V({s})");
        }
    }

    [Fact]
    public void On_a_line_where_staying_looks_cheaper_each_improvement_turns_one_state()
    {
        // States 0 … 7, 7 terminal, γ = 0.99. Staying costs 0.5 (worth −50 for ever), stepping right costs 1. The first
        // policy stays everywhere. Only the state next to the end gains by stepping (−1 > −50); once it steps, the state
        // before it gains (−1.99 > −50), and so on: 7 improvements, then an evaluation that changes nothing.
        var m = SmallModels.Line(8);
        for (var s = 0; s < 7; s++)
            m.Set(s, Act.A1, -0.5, (s, 1.0));
        var solution = ArrayModel.Compile(m, 0.99).PolicyIteration();
        Assert.True(solution.Converged);
        Assert.Equal(8, solution.Iterations);
        for (var s = 0; s < 7; s++)
        {
            Assert.Equal(Act.A0, solution.Policy.Act(s));
            Approx.Equal(-(1 - Math.Pow(0.99, 7 - s)) / 0.01, solution.V[s], 1e-12, $"V({s})");
        }
    }
}
