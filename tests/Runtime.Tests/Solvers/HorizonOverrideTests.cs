using MdpDsl.Runtime.Tests.Dsl;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// A horizon passed to a solver overrides the model's own. <see cref="WalkHome"/> declares 3 steps; from position 0
/// home is 4 steps away, so only the longer horizon given here reaches it.
/// </summary>
public class HorizonOverrideTests
{
    private static readonly WalkHome.Model Model = WalkHome.Compile();
    private static readonly WalkHome.Spot Start = new(0);

    [Fact]
    public void Policy_evaluation_uses_the_horizon_it_is_given()
    {
        // Walking always: 4 steps of −1 and +5 on arrival within 4 steps; 3 steps of −1 within the model's 3.
        var walking = Model.CreatePolicy(_ => WalkHome.Choice.Walk);
        Assert.Equal(1, Model.PolicyEvaluation(walking, horizon: 4).V[Start], 12);
        Assert.Equal(-3, Model.PolicyEvaluation(walking).V[Start], 12);
    }

    [Fact]
    public void Soft_policy_evaluation_uses_the_horizon_it_is_given()
    {
        // A deterministic policy has no entropy; against the uniform prior each step costs T·ln 2 on top of its reward.
        const double temperature = 0.5;
        var walking = Model.CreatePolicy(_ => WalkHome.Choice.Walk);
        var prior = Model.UniformPolicy();
        Assert.Equal(1 - 4 * temperature * Math.Log(2), Model.SoftPolicyEvaluation(walking, temperature, horizon: 4, actionPrior: prior).V[Start], 12);
        Assert.Equal(-3 - 3 * temperature * Math.Log(2), Model.SoftPolicyEvaluation(walking, temperature, actionPrior: prior).V[Start], 12);
    }

    [Fact]
    public void Soft_policy_iteration_uses_the_horizon_it_is_given()
    {
        // Over a finite horizon both solve the same backward recursion, stage by stage.
        var iterated = Model.SoftPolicyIteration(0.5, horizon: 4);
        var swept = Model.SoftValueIteration(0.5, horizon: 4);
        Assert.Equal(4, iterated.Horizon);
        foreach (var spot in Model.States)
            Assert.Equal(swept.V[spot], iterated.V[spot], 12);
        Assert.NotEqual(Model.SoftValueIteration(0.5).V[Start], iterated.V[Start], 6);
    }
}
