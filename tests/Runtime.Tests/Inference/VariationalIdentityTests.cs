using MdpDsl.Runtime.Tests.TestModels;
namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// The identities that tie exact inference to its variational counterpart (Levine 2018, §4): under deterministic
/// dynamics and a fixed start they coincide; in general soft value iteration's policy maximizes the ELBO.
/// </summary>
public class VariationalIdentityTests
{
    private const double Tight = 1e-10;

    [Fact]
    public void Under_deterministic_dynamics_exact_inference_equals_soft_value_iteration()
    {
        var model = Ring.Compile();
        var exact = model.Inference();
        var soft = model.SoftValueIteration();
        var logActions = Math.Log(Ring.ActionCount);

        for (var t = 0; t < 6; t++)
        {
            var stepsLeft = 6 - t;
            foreach (var s in Ring.States)
            {
                // The uniform prior contributes log(1/|A|) at each remaining step; soft VI leaves it out.
                Approx.Equal(soft.Stages[t].V[s], exact.Stages[t].V[s] + stepsLeft * logActions, Tight, $"V_{t}({s})");
                foreach (var a in Ring.Actions)
                {
                    Approx.Equal(soft.Stages[t].Q[s, a], exact.Stages[t].Q[s, a] + (stepsLeft - 1) * logActions, Tight, $"Q_{t}({s}, {a})");
                    Approx.Equal(soft.Stages[t].Policy.Probability(s, a), exact.Stages[t].Policy.Probability(s, a), Tight, $"π_{t}({a} | {s})");
                }
            }
        }
    }

    [Fact]
    public void With_the_uniform_action_prior_soft_value_iteration_is_exact_inference_under_deterministic_dynamics()
    {
        var model = Ring.Compile();
        var exact = model.Inference();
        var soft = model.SoftValueIteration(actionPrior: model.UniformPolicy());

        // The prior enters both backups the same way, so no log|A| shift is left to account for.
        for (var t = 0; t < 6; t++)
        {
            foreach (var s in Ring.States)
            {
                Approx.Equal(exact.Stages[t].V[s], soft.Stages[t].V[s], Tight, $"V_{t}({s})");
                foreach (var a in Ring.Actions)
                    Approx.Equal(exact.Stages[t].Policy.Probability(s, a), soft.Stages[t].Policy.Probability(s, a), Tight, $"π_{t}({a} | {s})");
            }
        }
    }

    [Fact]
    public void Under_deterministic_dynamics_the_elbo_of_the_soft_policy_is_the_evidence()
    {
        var model = Ring.Compile();
        var soft = model.SoftValueIteration();
        var exact = model.Inference();

        // Counting the prior on both sides: ELBO with log p(a|s) = −log|A| against log p(O) with the same prior.
        Approx.Equal(exact.LogEvidence, model.Elbo(soft, actionPrior: model.UniformPolicy()), Tight, "ELBO vs log p(O)");
        // Without the prior the ELBO is soft VI's own value of the start state.
        Approx.Equal(soft.V[Ring.Origin], model.Elbo(soft), Tight, "ELBO vs V_0(start)");
    }

    [Fact]
    public void No_other_policy_has_a_higher_elbo_than_the_soft_value_iteration_policy()
    {
        foreach (var model in new MdpModel<Lottery.Spot, Lottery.Choice>[] { Lottery.Compile() })
            AssertSoftPolicyIsBest(model, seed: 7);
        AssertSoftPolicyIsBest(Ring.Compile(), seed: 11);
    }

    [Fact]
    public void Posterior_marginals_are_distributions_and_follow_the_posterior_policy_and_dynamics()
    {
        var model = Lottery.Compile();
        var inference = model.Inference();

        // Σ_s α_t(s) β_t(s) = p(O) at every step, so each marginal sums to 1.
        for (var t = 0; t <= inference.Horizon; t++)
            Approx.Equal(1, Sum(inference.Marginals[t]), Tight, $"Σ p(s_{t} | O)");

        // Pushing the step-0 marginal through π_0 and the posterior dynamics gives the step-1 marginal.
        var pushed = new Dictionary<Lottery.Spot, double>();
        foreach (var s in Lottery.States.Where(s => !model.IsTerminal(s)))
        {
            foreach (var (a, pi) in inference.Stages[0].Policy.Distribution(s))
            {
                foreach (var (next, q) in inference.PosteriorDynamics(0, s, a))
                    pushed[next] = pushed.GetValueOrDefault(next) + inference.Marginals[0][s] * pi * q;
            }
        }
        foreach (var s in Lottery.States)
            Approx.Equal(pushed.GetValueOrDefault(s), inference.Marginals[1][s], Tight, $"p(s_1 = {s} | O)");
    }

    private static void AssertSoftPolicyIsBest<TState, TAction>(MdpModel<TState, TAction> model, int seed)
        where TState : notnull
        where TAction : struct
    {
        var soft = model.SoftValueIteration();
        var best = model.Elbo(soft);
        var random = new Random(seed);
        for (var trial = 0; trial < 200; trial++)
        {
            var policies = soft.Stages.Select(_ => RandomPolicy(model, random)).ToArray();
            var elbo = model.Elbo(policies);
            Assert.True(elbo <= best + 1e-12, $"trial {trial}: a random policy scored {elbo}, above soft VI's {best}");
        }
    }

    private static Policy<TState, TAction> RandomPolicy<TState, TAction>(MdpModel<TState, TAction> model, Random random)
        where TState : notnull
        where TAction : struct
    {
        var weights = model.States.ToDictionary(s => s, s => model.Actions.Select(a => model.IsAllowed(s, a) ? random.NextDouble() + 1e-3 : 0).ToArray());
        return model.CreatePolicy((s, a) => weights[s][model.IndexOf(a)] / weights[s].Sum());
    }

    private static double Sum<TState>(StateValues<TState> values)
        where TState : notnull
    {
        var sum = 0.0;
        foreach (var v in values.AsSpan())
            sum += v;
        return sum;
    }
}
