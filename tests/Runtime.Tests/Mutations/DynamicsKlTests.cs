using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Mutations;

/// <summary>
/// <see cref="InferenceResult{TState, TAction}.DynamicsKl"/> is E over posterior trajectories of
/// Σ_t KL(p(s′|s, a, O) ‖ p(s′|s, a)): the posterior's dynamics first, each step weighted by the posterior marginal
/// of the state and the posterior policy. A two-state model over three steps, worked out by hand, tells every part apart.
/// </summary>
public class DynamicsKlTests
{
    [Fact]
    public void Dynamics_kl_matches_the_hand_computed_value()
    {
        // State 0: A0 (r = 0) stays or moves to 1 with probability ½ each; A1 (r = 0) moves to 1 surely.
        // State 1: only A0 (r = −1), which stays. Uniform prior over the allowed actions, start in 0, T = 3.
        var m = new MdpArrays(2, 2);
        m.Set(0, Act.A0, 0, (0, 0.5), (1, 0.5)).Set(0, Act.A1, 0, (1, 1.0));
        m.Allowed[1, 1] = false;
        m.Set(1, Act.A0, -1, (1, 1.0));
        m.Initial.Add((0, 1.0));
        var inference = ArrayModel.Compile(m, 1.0, horizon: 3).Inference();

        // Backward messages (β_3 ≡ 1); state 1 earns e^−1 per remaining step, β_t(0, a) = Σ p(s′) β_{t+1}(s′).
        double[] beta1State = new double[4], beta0State = new double[4], betaA0 = new double[3], betaA1 = new double[3];
        (beta0State[3], beta1State[3]) = (1, 1);
        for (var t = 2; t >= 0; t--)
        {
            betaA0[t] = 0.5 * beta0State[t + 1] + 0.5 * beta1State[t + 1];
            betaA1[t] = beta1State[t + 1];
            beta0State[t] = 0.5 * betaA0[t] + 0.5 * betaA1[t];
            beta1State[t] = Math.Exp(-1) * beta1State[t + 1];
        }

        // Only (0, A0) is stochastic. Its posterior dynamics q_t(s′) = ½ β_{t+1}(s′) / β_t(0, A0), the posterior policy
        // π_t(A0|0) = ½ β_t(0, A0) / β_t(0), and the posterior probability of still being in 0 is the product of staying.
        var expected = 0.0;
        var inZero = 1.0;
        for (var t = 0; t < 3; t++)
        {
            var stay = 0.5 * beta0State[t + 1] / betaA0[t];
            var move = 0.5 * beta1State[t + 1] / betaA0[t];
            var kl = stay * Math.Log(stay / 0.5) + move * Math.Log(move / 0.5);
            var policy = 0.5 * betaA0[t] / beta0State[t];
            expected += inZero * policy * kl;
            inZero *= policy * stay;
        }

        Assert.True(expected > 0.01, "the model must make the divergence visible");
        Approx.Equal(expected, inference.DynamicsKl, 1e-12, "DynamicsKl");
        Approx.Equal(
            0.5 * beta0State[1] / betaA0[0] * Math.Log(beta0State[1] / betaA0[0]) + 0.5 * beta1State[1] / betaA0[0] * Math.Log(beta1State[1] / betaA0[0]),
            inference.PosteriorDynamicsKl(0, 0, Act.A0), 1e-12, "KL at step 0");
    }
}
