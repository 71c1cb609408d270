using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// Models large enough that the solvers take their other paths (sweeps split over threads, iterative rather than
/// direct policy evaluation) must give what the plain reference loops give on small ones.
/// </summary>
public class LargeModelTests
{
    // 12,001 states × 2 actions × 2 successors: 48,004 entries, past the size at which sweeps go parallel, not a
    // whole number of the kernels' blocks of states, and far more non-terminal states than a direct policy solve takes.
    private static readonly MdpArrays Arrays = Build(12_001, seed: 11);
    private static readonly ArrayModel Model = ArrayModel.Compile(Arrays, 0.9);

    // Same backups, summed in a different order and split into blocks: rounding only.
    private const double RoundingTolerance = 1e-11;

    [Fact]
    public void Finite_horizon_value_iteration_matches_backward_induction()
    {
        var expected = Reference.BackwardInduction(Arrays, 0.9, Reference.Hard(Arrays), 3);
        var solution = Model.ValueIteration(horizon: 3);
        for (var t = 0; t < 3; t++)
        {
            Approx.Values(expected[t].V, solution.Stages[t].V, RoundingTolerance, $"t = {t}:");
            Approx.ActionValues(expected[t].Q, solution.Stages[t].Q, RoundingTolerance, $"t = {t}:");
        }
    }

    [Fact]
    public void Finite_horizon_soft_value_iteration_matches_backward_induction()
    {
        var expected = Reference.BackwardInduction(Arrays, 0.9, Reference.Soft(Arrays, 0.5), 3);
        var solution = Model.SoftValueIteration(0.5, horizon: 3);
        for (var t = 0; t < 3; t++)
            Approx.Values(expected[t].V, solution.Stages[t].V, RoundingTolerance, $"t = {t}:");
    }

    [Fact]
    public void Value_iteration_satisfies_the_bellman_optimality_equation()
    {
        // Within γ · (last residual) ≤ ε(1 − γ)/2 = 5e-12 for ε = 1e-10.
        var solution = Model.ValueIteration(1e-10);
        var v = solution.V.AsSpan().ToArray();
        var q = Reference.ActionValues(Arrays, 0.9, v);
        Approx.ActionValues(q, solution.Q, 1e-9, "Q");
        Approx.Values(Enumerable.Range(0, Arrays.StateCount).Select(s => Arrays.Terminal[s] ? 0 : Reference.Hard(Arrays)(s, q)).ToArray(), solution.V, 1e-9, "max Q");
    }

    [Fact]
    public void Policy_evaluation_satisfies_the_policy_bellman_equation()
    {
        // V^π is the unique fixed point of V = Σ_a π(a|s) (r + γ P V); a V that satisfies it to δ is within δ/(1 − γ).
        var solution = Model.PolicyEvaluation(Model.UniformPolicy());
        var q = Reference.ActionValues(Arrays, 0.9, solution.V.AsSpan().ToArray());
        var backup = Reference.Expectation(Arrays, (s, a) => 0.5);
        var expected = Enumerable.Range(0, Arrays.StateCount).Select(s => Arrays.Terminal[s] ? 0 : backup(s, q)).ToArray();
        Assert.True(solution.Converged);
        Approx.Values(expected, solution.V, 1e-9, "V^uniform");
    }

    private static MdpArrays Build(int states, int seed)
    {
        var random = new Random(seed);
        var m = new MdpArrays(states, 2);
        for (var s = 0; s < states; s++)
        {
            m.Terminal[s] = s % 7 == 0;
            for (var a = 0; a < 2; a++)
            {
                var p = 0.1 + 0.8 * random.NextDouble();
                m.Set(s, (Act)a, -random.NextDouble(), (random.Next(states), p), (random.Next(states), 1 - p));
            }
        }
        return m;
    }
}
