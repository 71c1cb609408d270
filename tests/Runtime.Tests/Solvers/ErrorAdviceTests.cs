using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// Every refusal of an undiscounted model says what is wrong, where, and what to do instead: the advice is part of
/// the message a user reads, so each sentence is checked word for word.
/// </summary>
public class ErrorAdviceTests
{
    private const string EndingAdvice = "Add a discount below 1, a finite horizon, or make every policy reach a terminal state.";

    [Fact]
    public void A_state_with_no_way_to_the_end_is_refused_by_every_undiscounted_solver_that_needs_one()
    {
        var model = ArrayModel.Compile(Stuck(), 1);

        var interval = Assert.Throws<InvalidOperationException>(() => model.IntervalValueIteration());
        Assert.Equal(
            "State 0 reaches no terminal state under any policy, so without discounting its value is not finite and has no lower bound. " +
            "Add a discount below 1, a finite horizon, or a way to the end from that state.",
            interval.Message);

        var iteration = Assert.Throws<InvalidOperationException>(() => model.PolicyIteration());
        Assert.Equal(
            "State 0 reaches no terminal state under any policy, so without discounting no policy has a finite value there and policy " +
            "iteration has nothing to start from. Add a discount below 1, a finite horizon, or a way to the end from that state.",
            iteration.Message);

        var soft = Assert.Throws<InvalidOperationException>(() => model.SoftPolicyIteration());
        Assert.Equal(
            "State 0 reaches no terminal state under any policy, so without discounting no policy has a finite soft value there and " +
            $"soft policy iteration has nothing to start from. {EndingAdvice}",
            soft.Message);

        var withPrior = Assert.Throws<InvalidOperationException>(() => model.SoftPolicyIteration(actionPrior: model.UniformPolicy()));
        Assert.StartsWith("State 0 reaches no terminal state under any policy the action prior allows, so without discounting", withPrior.Message);
    }

    [Fact]
    public void A_policy_that_never_ends_cannot_be_evaluated_or_start_policy_iteration_without_discounting()
    {
        var model = ArrayModel.Compile(SmallModels.Line(3), 1);
        var staying = model.CreatePolicy(_ => Act.A1);

        var evaluation = Assert.Throws<ArgumentException>(() => model.PolicyEvaluation(staying));
        Assert.Equal("policy", evaluation.ParamName);
        Assert.Contains("Under this policy state 0 never reaches a terminal state", evaluation.Message);
        Assert.Contains("Evaluate with a discount below 1, a finite horizon, or a policy that ends the episode.", evaluation.Message);

        var iteration = Assert.Throws<ArgumentException>(() => model.PolicyIteration(initialPolicy: staying));
        Assert.Equal("initialPolicy", iteration.ParamName);
        Assert.StartsWith(
            "Under the initial policy state 0 never reaches a terminal state, so without discounting its value is not defined and policy " +
            "iteration cannot start from it. Give a policy that ends the episode from every state, or none to let the solver find one.",
            iteration.Message);
    }

    [Fact]
    public void Policy_iteration_starts_from_the_most_probable_action_of_a_stochastic_initial_policy()
    {
        // Stepping right (A0) ends the walk; staying (A1) never does. The most probable action ends it, so policy
        // iteration may start, and finds V(s) = −(2 − s).
        var model = ArrayModel.Compile(SmallModels.Line(3), 1);
        var mostlyWalking = model.CreatePolicy((_, a) => a == Act.A0 ? 0.7 : 0.3);
        var solution = model.PolicyIteration(initialPolicy: mostlyWalking);
        for (var s = 0; s < 3; s++)
            Approx.Equal(-(2 - s), solution.V[s], 1e-12, $"V({s})");

        var mostlyStaying = model.CreatePolicy((_, a) => a == Act.A0 ? 0.3 : 0.7);
        Assert.Throws<ArgumentException>(() => model.PolicyIteration(initialPolicy: mostlyStaying));
    }

    [Fact]
    public void An_improvement_to_a_loop_that_gains_for_ever_is_reported_with_its_cause()
    {
        // State 0 ends for −1 or earns +1 by staying: the improvement of "end" is "stay", which never ends.
        var m = new MdpArrays(2, 2);
        m.Terminal[1] = true;
        m.Set(0, Act.A0, -1, (1, 1.0));
        m.Set(0, Act.A1, 1, (0, 1.0));
        var model = ArrayModel.Compile(m, 1);

        var error = Assert.Throws<DivergenceException>(() => model.PolicyIteration());
        Assert.Equal(0, error.State);
        Assert.Equal(
            "Policy iteration's improvement 1 leads to a policy under which state 0 (worth V(0) = -1 under the policy before it) never " +
            "reaches a terminal state: without discounting some loop gains reward for ever, or costs nothing while ending costs " +
            $"something, so the optimal values are not those of a policy that ends. {EndingAdvice}",
            error.Message);
    }

    [Fact]
    public void A_soft_evaluation_whose_policy_takes_an_action_the_prior_forbids_is_refused()
    {
        var model = ArrayModel.Compile(SmallModels.UnevenRing(), 0.9);
        var onlyFirst = model.CreatePolicy((_, a) => a == Act.A0 ? 1 : 0);
        var error = Assert.Throws<ArgumentException>(() => model.SoftPolicyEvaluation(model.UniformPolicy(), actionPrior: onlyFirst));
        Assert.Equal("policy", error.ParamName);
        Assert.StartsWith(
            "The policy gives action A1 in state 0 the probability 0.3333333333333333, but the action prior gives it 0: log(π/p) is " +
            "infinite there. Evaluate a policy whose actions the prior allows, or a prior that gives every action the policy takes some mass.",
            error.Message);
    }

    [Fact]
    public void Modified_policy_iteration_without_evaluation_sweeps_is_refused_with_the_reason()
    {
        var model = ArrayModel.Compile(SmallModels.UnevenRing(), 0.9);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => model.ModifiedPolicyIteration(evaluationSweeps: 0));
        Assert.Equal("evaluationSweeps", error.ParamName);
        Assert.StartsWith("At least one evaluation sweep per improvement is needed; with one, the method is value iteration.", error.Message);
    }

    /// <summary>State 0 only loops on itself; state 1 steps to the terminal state 2. Every reward is −1.</summary>
    private static MdpArrays Stuck()
    {
        var m = new MdpArrays(3, 2);
        m.Terminal[2] = true;
        m.Set(0, Act.A0, -1, (0, 1.0));
        m.Set(0, Act.A1, -1, (0, 1.0));
        m.Set(1, Act.A0, -1, (2, 1.0));
        m.Set(1, Act.A1, -1, (2, 1.0));
        return m;
    }
}
