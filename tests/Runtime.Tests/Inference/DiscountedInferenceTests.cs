using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// The discount as the standard construction (an exit with probability 1 − γ to an absorbing state of reward 0) and the
/// tempered likelihood exp(r / T), checked against the construction built by hand, against soft value iteration and
/// the ELBO, and over long horizons with large costs.
/// </summary>
public class DiscountedInferenceTests
{
    private const double Tight = 1e-10;
    private const int Horizon = 4;

    private static MdpArrays Arrays() => TinyStochasticModel.Arrays();

    /// <summary>The same model undiscounted, with the exit made explicit: state 3 is terminal and every pair reaches it with probability 1 − γ.</summary>
    private static MdpArrays WithExplicitExit(MdpArrays original, double discount)
    {
        var arrays = new MdpArrays(4, 2);
        (arrays.Terminal[2], arrays.Terminal[3]) = (true, true);
        for (var s = 0; s < 2; s++)
        {
            for (var a = 0; a < 2; a++)
            {
                var successors = original.Successors[s, a].Select(x => (x.Next, discount * x.Probability)).Append((3, 1 - discount)).ToArray();
                arrays.Set(s, (Act)a, original.Reward[s, a], successors);
            }
        }
        arrays.Initial.AddRange(original.Initial);
        return arrays;
    }

    private static double Prior(int s, int a) => s switch
    {
        0 => a == 0 ? 0.7 : 0.3,
        1 => a == 0 ? 0.25 : 0.75,
        _ => 0,
    };

    [Theory]
    [InlineData(0.8, 1.0)]
    [InlineData(0.6, 0.4)]
    [InlineData(0.95, 3.0)]
    public void A_discount_is_an_exit_to_an_absorbing_state_of_reward_zero(double discount, double temperature)
    {
        var discounted = ArrayModel.Compile(Arrays(), discount, Horizon);
        var explicitExit = ArrayModel.Compile(WithExplicitExit(Arrays(), discount), 1.0, Horizon);

        var exact = discounted.Inference(actionPrior: discounted.CreatePolicy((s, a) => Prior(s, (int)a)), temperature: temperature);
        var reference = explicitExit.Inference(actionPrior: explicitExit.CreatePolicy((s, a) => Prior(s, (int)a)), temperature: temperature);

        Approx.Equal(reference.LogEvidence, exact.LogEvidence, Tight, "log p(O)");
        for (var t = 0; t < Horizon; t++)
        {
            for (var s = 0; s < 3; s++)
            {
                Approx.Equal(reference.Stages[t].V[s], exact.Stages[t].V[s], Tight, $"V_{t}({s})");
                Approx.Equal(reference.Marginals[t][s], exact.Marginals[t][s], Tight, $"p(s_{t} = {s} | O)");
                for (var a = 0; a < 2 && s < 2; a++)
                {
                    Approx.Equal(reference.Stages[t].Q[s, (Act)a], exact.Stages[t].Q[s, (Act)a], Tight, $"Q_{t}({s}, {(Act)a})");
                    Approx.Equal(reference.OptimismGap(t, s, (Act)a), exact.OptimismGap(t, s, (Act)a), Tight, $"gap_{t}({s}, {(Act)a})");
                    Approx.Equal(reference.PosteriorDynamicsKl(t, s, (Act)a), exact.PosteriorDynamicsKl(t, s, (Act)a), Tight, $"KL_{t}({s}, {(Act)a})");
                }
            }
        }
        Approx.Equal(reference.DynamicsKl, exact.DynamicsKl, Tight, "E Σ KL");
        // The posterior probability of the exit is what the explicit model gives its absorbing state.
        var leaving = 1 - exact.PosteriorDynamics(0, 0, Act.A0).Sum(x => x.Probability);
        Approx.Equal(reference.PosteriorDynamics(0, 0, Act.A0).Single(x => x.State == 3).Probability, leaving, Tight, "p(exit | s, a, O)");
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(1.0)]
    [InlineData(4.0)]
    public void Undiscounted_under_deterministic_dynamics_exact_inference_is_soft_value_iteration_at_every_temperature(double temperature)
    {
        var model = Ring.Compile();
        var prior = model.UniformPolicy();
        var exact = model.Inference(temperature: temperature);
        var soft = model.SoftValueIteration(temperature: temperature, actionPrior: prior);

        for (var t = 0; t < 6; t++)
        {
            foreach (var s in Ring.States)
            {
                Approx.Equal(soft.Stages[t].V[s], exact.Stages[t].V[s], Tight, $"V_{t}({s})");
                foreach (var a in Ring.Actions)
                {
                    Approx.Equal(soft.Stages[t].Q[s, a], exact.Stages[t].Q[s, a], Tight, $"Q_{t}({s}, {a})");
                    Approx.Equal(soft.Stages[t].Policy.Probability(s, a), exact.Stages[t].Policy.Probability(s, a), Tight, $"π_{t}({a} | {s})");
                }
            }
        }
        // Under deterministic dynamics from the one start state the posterior policy attains the bound: its ELBO is T·log p(O).
        var elbo = model.Elbo(exact.Stages.Select(stage => stage.Policy).ToArray(), prior, temperature: temperature);
        Approx.Equal(temperature * exact.LogEvidence, elbo, 1e-9, "ELBO of the posterior policy");
    }

    [Fact]
    public void With_a_discount_the_exit_makes_even_deterministic_dynamics_optimistic()
    {
        // The ring's deterministic moves, discounted: the exit is the one chance left, and exact inference bets on it.
        var arrays = new MdpArrays(3, 2);
        for (var s = 0; s < 3; s++)
        {
            arrays.Set(s, Act.A0, -1, ((s + 1) % 3, 1.0));
            arrays.Set(s, Act.A1, -0.2 * s, (s, 1.0));
        }
        arrays.Initial.Add((0, 1.0));
        const double discount = 0.7;
        const double temperature = 0.5;
        var model = ArrayModel.Compile(arrays, discount, Horizon);
        var prior = model.UniformPolicy();
        var exact = model.Inference(temperature: temperature);
        var soft = model.SoftValueIteration(temperature: temperature, actionPrior: prior);

        // The last step has nothing after it: Q = r in both.
        for (var s = 0; s < 3; s++)
        {
            for (var a = 0; a < 2; a++)
                Approx.Equal(arrays.Reward[s, a], exact.Stages[Horizon - 1].Q[s, (Act)a], Tight, $"Q_{Horizon - 1}({s}, {(Act)a})");
        }
        // One step before: Q = r + T·log(γ exp(V'/T) + 1 − γ) with V' = T·log Σ ½ exp(r'/T), written out for (0, A0) → 1.
        var next = temperature * Math.Log(0.5 * Math.Exp(arrays.Reward[1, 0] / temperature) + 0.5 * Math.Exp(arrays.Reward[1, 1] / temperature));
        var closedForm = -1 + temperature * Math.Log(discount * Math.Exp(next / temperature) + 1 - discount);
        Approx.Equal(closedForm, exact.Stages[Horizon - 2].Q[0, Act.A0], Tight, "Q_2(0, A0)");
        // Soft VI backs up γ V' instead; Jensen's inequality puts exact inference above it at every earlier step.
        Approx.Equal(-1 + discount * next, soft.Stages[Horizon - 2].Q[0, Act.A0], Tight, "soft Q_2(0, A0)");
        for (var t = 0; t < Horizon - 1; t++)
        {
            for (var s = 0; s < 3; s++)
                Assert.True(exact.Stages[t].V[s] > soft.Stages[t].V[s] + 1e-6, $"step {t}, state {s}: {exact.Stages[t].V[s]} ≤ {soft.Stages[t].V[s]}");
        }
        Assert.True(exact.DynamicsKl > 0);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(1.0)]
    public void The_posterior_believes_in_an_early_end_under_costs_and_a_late_one_under_rewards(double sign)
    {
        // One state looping on itself: the exit is the only chance event.
        var arrays = new MdpArrays(1, 1);
        arrays.Set(0, Act.A0, sign * 0.5, (0, 1.0));
        arrays.Initial.Add((0, 1.0));
        const double discount = 0.9;
        var exact = ArrayModel.Compile(arrays, discount, Horizon).Inference();

        // p(exit | O) = (1 − γ) / (γ β_1 + 1 − γ) with β_1 = exp(V_1), and V_1 of the loop is known step by step:
        // V_3 = r, V_t = r + log(γ e^{V_{t+1}} + 1 − γ).
        var v = new double[Horizon + 1];
        for (var t = Horizon - 1; t >= 0; t--)
            v[t] = sign * 0.5 + Math.Log(discount * Math.Exp(v[t + 1]) + 1 - discount);
        var exit = (1 - discount) / (discount * Math.Exp(v[1]) + 1 - discount);
        var leaving = 1 - exact.PosteriorDynamics(0, 0, Act.A0).Single().Probability;
        Approx.Equal(exit, leaving, Tight, "p(exit | O)");
        Assert.True(sign < 0 ? leaving > 1 - discount : leaving < 1 - discount, $"p(exit | O) = {leaving} against 1 − γ = {1 - discount}");
    }

    [Theory]
    [InlineData(0.8, 0.7)]
    [InlineData(0.95, 2.0)]
    [InlineData(1.0, 0.5)]
    public void The_elbo_of_any_policy_is_at_most_the_tempered_evidence(double discount, double temperature)
    {
        var model = ArrayModel.Compile(Arrays(), discount, Horizon);
        var prior = model.CreatePolicy((s, a) => Prior(s, (int)a));
        var exact = model.Inference(actionPrior: prior, temperature: temperature);
        var bound = temperature * exact.LogEvidence;

        // Soft VI's policies maximize the ELBO over policies that keep the true dynamics; exact inference's own and a fixed one do no better.
        var soft = model.SoftValueIteration(temperature: temperature, actionPrior: prior);
        var softElbo = model.Elbo(soft, prior, temperature: temperature);
        var posteriorElbo = model.Elbo(exact.Stages.Select(stage => stage.Policy).ToArray(), prior, temperature: temperature);
        var fixedElbo = model.Elbo(Enumerable.Repeat(model.UniformPolicy(), Horizon).ToArray(), prior, temperature: temperature);

        // The soft VI policy's ELBO is its value at the start.
        Approx.Equal(0.6 * soft.Stages[0].V[0] + 0.4 * soft.Stages[0].V[1], softElbo, 1e-9, "ELBO of soft VI");
        Assert.True(softElbo < bound, $"ELBO {softElbo} ≥ T·log p(O) = {bound}");
        Assert.True(posteriorElbo <= softElbo + 1e-12, $"posterior policy's ELBO {posteriorElbo} > soft VI's {softElbo}");
        Assert.True(fixedElbo <= softElbo + 1e-12, $"uniform policy's ELBO {fixedElbo} > soft VI's {softElbo}");
    }

    [Theory]
    [InlineData(0.95, 0.5)]
    [InlineData(0.999, 3.0)]
    [InlineData(1.0, 0.2)]
    public void A_thousand_steps_of_costs_of_a_thousand_stay_finite(double discount, double temperature)
    {
        // Ten cells in a row: staying costs 1,000, moving on costs 1 and succeeds half the time; the last cell is terminal.
        var arrays = new MdpArrays(10, 2);
        arrays.Terminal[9] = true;
        for (var s = 0; s < 9; s++)
        {
            arrays.Set(s, Act.A0, -1000, (s, 1.0));
            arrays.Set(s, Act.A1, -1, (s + 1, 0.5), (s, 0.5));
        }
        arrays.Initial.Add((0, 1.0));
        var exact = ArrayModel.Compile(arrays, discount, 1000).Inference(temperature: temperature);

        Assert.True(double.IsFinite(exact.LogEvidence) && exact.LogEvidence < 0, $"log p(O) = {exact.LogEvidence}");
        foreach (var stage in exact.Stages)
        {
            Assert.All(stage.V.AsSpan().ToArray(), v => Assert.True(double.IsFinite(v) && v <= 0, $"step {stage.Step}: V = {v}"));
            Assert.All(stage.Policy.AsSpan().ToArray(), p => Assert.True(p is >= 0 and <= 1));
        }
        Assert.All(exact.Marginals, marginal => Assert.All(marginal.AsSpan().ToArray(), p => Assert.True(double.IsFinite(p) && p is >= 0 and <= 1 + 1e-12)));
        var map = exact.MostProbableTrajectory();
        Assert.True(double.IsFinite(exact.LogProbability(map)), $"log p(τ* | O) = {exact.LogProbability(map)}");
        var sample = exact.Sample(new Random(11));
        Assert.True(double.IsFinite(exact.LogProbability(sample)), $"log p(τ | O) = {exact.LogProbability(sample)} for {sample}");
        Assert.True(exact.LogProbability(sample) <= exact.LogProbability(map) + 1e-9);
    }
}
