using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// The ELBO E_q[Σ_t γ^t (r + T·log p − T·log q_t)] honours the model's discount, the temperature and the horizon. Two
/// independent oracles: brute-force enumeration of every trajectory of a tiny model, and the identity that the ELBO of
/// soft value iteration's policy (no prior) is its soft value at the start.
/// </summary>
public class ElboObjectiveTests
{
    private const double Gamma = 0.5;

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(0.3)]
    public void Finite_horizon_elbo_matches_brute_force_enumeration_of_trajectories(double temperature)
    {
        var arrays = Tiny();
        var model = ArrayModel.Compile(arrays, Gamma, horizon: 3);
        var policies = Enumerable.Range(0, 3)
            .Select(t => model.CreatePolicy((s, a) => a == Act.A0 ? 0.3 + 0.2 * t + 0.1 * s : 0.7 - 0.2 * t - 0.1 * s))
            .ToArray();
        var prior = model.CreatePolicy((s, a) => a == Act.A0 ? 0.9 : 0.1);

        var expected = Enumerate(arrays, 0, 0, 3, temperature, (t, s, a) => policies[t].Probability(s, (Act)a), (s, a) => a == 0 ? 0.9 : 0.1);
        var withoutPrior = Enumerate(arrays, 0, 0, 3, temperature, (t, s, a) => policies[t].Probability(s, (Act)a), (s, a) => 1);

        Approx.Equal(expected, model.Elbo(policies, prior, temperature: temperature), 1e-12, "ELBO with the prior");
        Approx.Equal(withoutPrior, model.Elbo(policies, temperature: temperature), 1e-12, "ELBO without a prior");
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void The_elbo_of_finite_horizon_soft_value_iteration_is_its_discounted_value_at_the_start(double temperature)
    {
        var model = ArrayModel.Compile(Tiny(), Gamma, horizon: 3);
        var soft = model.SoftValueIteration(temperature);

        Approx.Equal(soft.V[0], model.Elbo(soft, temperature: temperature), 1e-12, "ELBO vs V_0(start)");
        // Leaving out the discount would weigh later steps fully: the numbers must differ on this model.
        var undiscounted = ArrayModel.Compile(Tiny(), 1.0, horizon: 3);
        Assert.True(Math.Abs(undiscounted.Elbo(undiscounted.SoftValueIteration(temperature), temperature: temperature) - soft.V[0]) > 0.01);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(1.5)]
    public void The_elbo_of_a_stationary_soft_solution_is_its_value_over_the_infinite_horizon(double temperature)
    {
        var arrays = Tiny();
        var model = ArrayModel.Compile(arrays, Gamma);
        var soft = model.SoftValueIteration(temperature, tolerance: 1e-13);

        var elbo = model.Elbo(soft, temperature: temperature);

        // The policy is Boltzmann in the last sweep's Q, within γ·residual ≤ 1e-13 of the fixed point's.
        Approx.Equal(soft.V[0], elbo, 1e-10, "ELBO vs V(start)");
        // Independent of the linear solve: the series Σ_t γ^t E[r_t + T·H_t] summed over 60 steps by backward recursion
        // over the arrays; the rest weighs at most γ^60 · max|r + T·ln 2| / (1 − γ) < 1e-16.
        var series = new double[arrays.StateCount];
        for (var k = 0; k < 60; k++)
        {
            var previous = series;
            series = Enumerable.Range(0, arrays.StateCount).Select(s => arrays.Terminal[s] ? 0 : Enumerable.Range(0, 2).Sum(a =>
            {
                var pa = soft.Policy.Probability(s, (Act)a);
                return pa * (arrays.Reward[s, a] - temperature * Math.Log(pa) + Gamma * arrays.Successors[s, a].Sum(x => x.Probability * previous[x.Next]));
            })).ToArray();
        }
        Approx.Equal(series[0], elbo, 1e-10, "ELBO vs the summed series");
    }

    [Fact]
    public void Undiscounted_infinite_horizon_elbo_of_a_policy_that_ends_is_exact()
    {
        // Line: A0 steps right, A1 stays, both cost 1; state 3 is terminal. Under π(A0) = ¾ each step advances with
        // probability ¾, so reaching state 3 from 0 takes 3 · 4/3 steps on average, each worth −1 + T·H(¾, ¼).
        var model = ArrayModel.Compile(SmallModels.Line(4), 1.0);
        var policy = model.CreatePolicy((s, a) => a == Act.A0 ? 0.75 : 0.25);
        var solution = model.PolicyEvaluation(policy);
        var entropy = -(0.75 * Math.Log(0.75) + 0.25 * Math.Log(0.25));

        Approx.Equal(3 * (4.0 / 3) * (-1 + 2 * entropy), model.Elbo(solution, initial: [(0, 1.0)], temperature: 2), 1e-12, "ELBO");
    }

    [Fact]
    public void A_temperature_that_is_not_positive_is_refused()
    {
        var model = ArrayModel.Compile(Tiny(), Gamma, horizon: 3);
        var soft = model.SoftValueIteration();
        Assert.Equal("temperature", Assert.Throws<ArgumentOutOfRangeException>(() => model.Elbo(soft, temperature: 0)).ParamName);

        var stationary = ArrayModel.Compile(Tiny(), Gamma);
        var solution = stationary.SoftValueIteration();
        Assert.Equal("temperature", Assert.Throws<ArgumentOutOfRangeException>(() => stationary.Elbo(solution, temperature: 0)).ParamName);
    }

    [Fact]
    public void A_stationary_policy_that_takes_an_action_the_prior_rules_out_is_refused_by_state_and_action()
    {
        var model = ArrayModel.Compile(Tiny(), Gamma);
        var prior = model.CreatePolicy((s, a) => s == 1 ? (a == Act.A0 ? 1 : 0) : 0.5);
        var solution = model.PolicyEvaluation(model.UniformPolicy());

        var error = Assert.Throws<ArgumentException>(() => model.Elbo(solution, prior));

        Assert.Equal(
            "The policy takes A1 in state 1 with probability 0.5, where the action prior gives it none: log p(a|s) = −∞, so " +
            "the ELBO is −∞ wherever that state is reached.",
            error.Message);
    }

    [Fact]
    public void A_prior_equal_to_the_policy_leaves_the_expected_return_even_where_it_rules_actions_out()
    {
        // With p = q the terms T·log p − T·log q cancel, also where both give an action no mass: what is left is the
        // policy's discounted return, from policy evaluation.
        var model = ArrayModel.Compile(Tiny(), Gamma);
        var policy = model.CreatePolicy((s, a) => s == 1 ? (a == Act.A0 ? 1 : 0) : (a == Act.A0 ? 0.8 : 0.2));
        var evaluation = model.PolicyEvaluation(policy);

        Approx.Equal(evaluation.V[0], model.Elbo(evaluation, policy, temperature: 0.7), 1e-12, "ELBO with p = q");
    }

    [Fact]
    public void A_state_the_policies_never_reach_does_not_count()
    {
        // One step from state 0: state 1, where q takes the action the prior rules out, is never reached, so the ELBO is
        // E_q[r + T·log p − T·log q] in state 0 alone.
        const double temperature = 1.5;
        var model = ArrayModel.Compile(Tiny(), Gamma, horizon: 1);
        var policy = model.CreatePolicy((s, a) => a == Act.A0 ? 0.3 : 0.7);
        var prior = model.CreatePolicy((s, a) => s == 1 ? (a == Act.A0 ? 1 : 0) : (a == Act.A0 ? 0.9 : 0.1));

        var expected = 0.3 * (-1 + temperature * Math.Log(0.9 / 0.3)) + 0.7 * (-2 + temperature * Math.Log(0.1 / 0.7));
        Approx.Equal(expected, model.Elbo([policy], prior, temperature: temperature), 1e-12, "one-step ELBO");
    }

    /// <summary>
    /// State 0: A0 (r = −1) stays with 0.3 or moves to 1 with 0.7; A1 (r = −2) ends in 2. State 1: A0 (r = 0.5) goes
    /// to 0 or 2 with ½ each; A1 (r = −0.25) stays. State 2 is terminal. Start in 0.
    /// </summary>
    private static MdpArrays Tiny()
    {
        var m = new MdpArrays(3, 2);
        m.Terminal[2] = true;
        m.Set(0, Act.A0, -1, (0, 0.3), (1, 0.7)).Set(0, Act.A1, -2, (2, 1.0));
        m.Set(1, Act.A0, 0.5, (0, 0.5), (2, 0.5)).Set(1, Act.A1, -0.25, (1, 1.0));
        m.Initial.Add((0, 1.0));
        return m;
    }

    /// <summary>
    /// Σ over every trajectory from (<paramref name="state"/>, step <paramref name="t"/>) to the horizon of its probability
    /// times Σ γ^t (r + T log p − T log q), by recursion over the arrays (not the runtime).
    /// </summary>
    private static double Enumerate(
        MdpArrays m, int state, int t, int horizon, double temperature, Func<int, int, int, double> q, Func<int, int, double> prior)
    {
        if (t == horizon || m.Terminal[state])
            return 0;
        var total = 0.0;
        for (var a = 0; a < m.ActionCount; a++)
        {
            var pa = q(t, state, a);
            if (pa == 0)
                continue;
            var step = m.Reward[state, a] + temperature * (Math.Log(prior(state, a)) - Math.Log(pa));
            var future = m.Successors[state, a].Sum(x => x.Probability * Enumerate(m, x.Next, t + 1, horizon, temperature, q, prior));
            total += pa * (step + Gamma * future);
        }
        return total;
    }
}
