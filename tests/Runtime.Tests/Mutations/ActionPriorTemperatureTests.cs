using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Mutations;

/// <summary>
/// The action prior enters the soft backup as Q + T·log p: V(s) = T·log Σ_a p(a|s) exp(Q(s, a) / T). At T = 1 the factor
/// T is invisible, so these tests use T = 2 and a prior far from uniform, against the closed form written out by hand.
/// </summary>
public class ActionPriorTemperatureTests
{
    private const double T = 2;
    private const double Gamma = 0.9;

    // p(A0|s) = 0.2, p(A1|s) = 0.8 in both decision states.
    private static readonly double[] Prior = { 0.2, 0.8 };

    [Fact]
    public void Soft_values_with_a_prior_at_temperature_two_match_the_closed_form()
    {
        var model = ArrayModel.Compile(TwoSteps(), Gamma);
        var prior = model.CreatePolicy((s, a) => Prior[(int)a]);
        var expected = ClosedForm();

        // Infinite horizon: sweeps take the vectorized block path for V(1), the final stage the per-state path.
        var stationary = model.SoftValueIteration(T, tolerance: 1e-12, actionPrior: prior);
        // Finite horizon: every step takes the per-state path.
        var finite = model.SoftValueIteration(T, horizon: 2, actionPrior: prior);

        AssertClosedForm(expected, stationary.Stages[0], "stationary");
        AssertClosedForm(expected, finite.Stages[0], "step 0 of 2");
    }

    private static void AssertClosedForm((double V1, double[] Q0, double V0, double Pi0) expected, Stage<int, Act> stage, string what)
    {
        Approx.Equal(expected.V1, stage.V[1], 1e-12, $"{what}: V(1)");
        Approx.Equal(expected.Q0[0], stage.Q[0, Act.A0], 1e-12, $"{what}: Q(0, A0)");
        Approx.Equal(expected.Q0[1], stage.Q[0, Act.A1], 1e-12, $"{what}: Q(0, A1)");
        Approx.Equal(expected.V0, stage.V[0], 1e-12, $"{what}: V(0)");
        Approx.Equal(expected.Pi0, stage.Policy.Probability(0, Act.A0), 1e-12, $"{what}: π(A0|0)");
    }

    /// <summary>
    /// State 0 → state 1 → state 2 (terminal) whatever the action. r(0, A0) = 0, r(0, A1) = −1, r(1, A0) = 1,
    /// r(1, A1) = −1.
    /// </summary>
    private static MdpArrays TwoSteps()
    {
        var m = new MdpArrays(3, 2);
        m.Terminal[2] = true;
        m.Set(0, Act.A0, 0, (1, 1.0)).Set(0, Act.A1, -1, (1, 1.0));
        m.Set(1, Act.A0, 1, (2, 1.0)).Set(1, Act.A1, -1, (2, 1.0));
        return m;
    }

    /// <summary>
    /// V(1) = T log(0.2 e^{1/T} + 0.8 e^{−1/T}); Q(0, a) = r(0, a) + γ V(1); V(0) = T log(0.2 e^{Q(0,A0)/T} + 0.8 e^{Q(0,A1)/T});
    /// π(A0|0) = 0.2 e^{Q(0,A0)/T} / (0.2 e^{Q(0,A0)/T} + 0.8 e^{Q(0,A1)/T}).
    /// </summary>
    private static (double V1, double[] Q0, double V0, double Pi0) ClosedForm()
    {
        var v1 = T * Math.Log(0.2 * Math.Exp(1 / T) + 0.8 * Math.Exp(-1 / T));
        double[] q0 = { 0 + Gamma * v1, -1 + Gamma * v1 };
        var weights = new[] { 0.2 * Math.Exp(q0[0] / T), 0.8 * Math.Exp(q0[1] / T) };
        return (v1, q0, T * Math.Log(weights.Sum()), weights[0] / weights.Sum());
    }
}
