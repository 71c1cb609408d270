using CsCheck;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// The trajectory posterior of random small models (stochastic rows with repeated successors, terminal states, masked
/// actions, γ below and at 1, temperatures from 0.3 to 3) against the enumeration of every trajectory.
/// </summary>
public class TrajectoryPosteriorProperties
{
    private const int Horizon = 3;

    private static readonly Gen<(RandomMdp Mdp, double Temperature)> Cases =
        from mdp in RandomMdps.ForFiniteHorizon.Where(m => m.Arrays.StateCount <= 5)
        from temperature in Gen.Double[0.3, 3]
        select (mdp, temperature);

    [Fact]
    public void Evidence_trajectory_probabilities_marginals_and_the_most_probable_trajectory_match_the_enumeration() =>
        Property.ForAll(Cases, c =>
        {
            var (arrays, discount, temperature) = (c.Mdp.Arrays, c.Mdp.Discount, c.Temperature);
            var states = arrays.StateCount;
            var start = Enumerable.Repeat(1.0 / states, states).ToArray();
            double Prior(int s, int a) =>
                arrays.Terminal[s] || !arrays.Allowed[s, a] ? 0 : 1.0 / Enumerable.Range(0, arrays.ActionCount).Count(b => arrays.Allowed[s, b]);
            var oracle = new BruteForcePosterior(arrays, Prior, start, discount, temperature, Horizon);
            var exact = ArrayModel.Compile(arrays, discount, Horizon)
                .Inference(initial: Enumerable.Range(0, states).Select(s => (s, start[s])), temperature: temperature);

            // A row may list a successor twice: the enumeration then reaches one trajectory along two paths.
            var posterior = oracle.Posterior.GroupBy(p => p.Path).Select(g => (Path: g.Key, Probability: g.Sum(p => p.Probability))).ToArray();
            Approx.Equal(Math.Log(oracle.Evidence), exact.LogEvidence, 1e-10, $"log p(O) of\n{c.Mdp}");
            foreach (var (path, probability) in posterior)
                Approx.Equal(Math.Log(probability), exact.LogProbability(path), 1e-9, $"log p({path} | O) of\n{c.Mdp}");
            for (var t = 0; t <= Horizon; t++)
            {
                for (var s = 0; s < states; s++)
                    Approx.Equal(oracle.Marginal(t, s), exact.Marginals[t][s], 1e-10, $"p(s_{t} = {s} | O) of\n{c.Mdp}");
            }
            // Ties are possible (repeated rewards), so compare the probability the arg-max attains.
            var best = posterior.Max(p => p.Probability);
            Approx.Equal(Math.Log(best), exact.LogProbability(exact.MostProbableTrajectory()), 1e-9, $"log p(τ* | O) of\n{c.Mdp}");
        }, cases: 40);
}
