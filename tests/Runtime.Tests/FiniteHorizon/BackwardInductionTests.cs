using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.FiniteHorizon;

/// <summary>
/// Finite-horizon solutions against a backward-induction loop written in the test: V_H = 0,
/// Q_t = r + γ P V_{t+1}, V_t = backup(Q_t), for every stage t and every solver.
/// </summary>
public class BackwardInductionTests
{
    // Both sides perform the same H backups in possibly different summation orders: rounding only.
    private const double RoundingTolerance = 1e-11;

    public static TheoryData<int> Horizons => new() { 1, 2, 5 };

    [Theory]
    [MemberData(nameof(Horizons))]
    public void Value_iteration_stages_match_backward_induction(int horizon) =>
        Property.ForAll(RandomMdps.ForFiniteHorizon, mdp =>
        {
            var model = ArrayModel.Compile(mdp.Arrays, mdp.Discount, horizon);
            var solution = model.ValueIteration();
            AssertStages(Reference.BackwardInduction(mdp.Arrays, mdp.Discount, Reference.Hard(mdp.Arrays), horizon), solution, horizon);
        });

    [Theory]
    [MemberData(nameof(Horizons))]
    public void Soft_value_iteration_stages_match_backward_induction(int horizon) =>
        Property.ForAll(RandomMdps.ForFiniteHorizon, mdp =>
        {
            var model = ArrayModel.Compile(mdp.Arrays, mdp.Discount, horizon);
            var solution = model.SoftValueIteration(0.7);
            AssertStages(Reference.BackwardInduction(mdp.Arrays, mdp.Discount, Reference.Soft(mdp.Arrays, 0.7), horizon), solution, horizon);
        });

    [Theory]
    [MemberData(nameof(Horizons))]
    public void Policy_evaluation_stages_match_backward_induction(int horizon) =>
        Property.ForAll(RandomMdps.ForFiniteHorizon, mdp =>
        {
            var m = mdp.Arrays;
            // A fixed stochastic policy written out in the test: weight a + 1 on each allowed action a.
            double Policy(int s, int a) =>
                m.Allowed[s, a] ? (a + 1.0) / Enumerable.Range(0, m.ActionCount).Where(b => m.Allowed[s, b]).Sum(b => b + 1.0) : 0;
            var model = ArrayModel.Compile(m, mdp.Discount, horizon);
            var solution = model.PolicyEvaluation((s, a) => Policy(s, (int)a));
            AssertStages(Reference.BackwardInduction(m, mdp.Discount, Reference.Expectation(m, Policy), horizon), solution, horizon);
        });

    [Fact]
    public void A_horizon_argument_solves_an_infinite_horizon_model_for_that_many_steps() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var model = ArrayModel.Compile(mdp.Arrays, mdp.Discount);
            Assert.Null(model.Horizon);
            var solution = model.ValueIteration(horizon: 3);
            AssertStages(Reference.BackwardInduction(mdp.Arrays, mdp.Discount, Reference.Hard(mdp.Arrays), 3), solution, 3);
        });

    private static void AssertStages((double[] V, double[,] Q)[] expected, Solution<int, Act> solution, int horizon)
    {
        Assert.Equal(horizon, solution.Horizon);
        Assert.Equal(horizon, solution.Stages.Count);
        for (var t = 0; t < horizon; t++)
        {
            Assert.Equal(t, solution.Stages[t].Step);
            Approx.Values(expected[t].V, solution.Stages[t].V, RoundingTolerance, $"t = {t}:");
            Approx.ActionValues(expected[t].Q, solution.Stages[t].Q, RoundingTolerance, $"t = {t}:");
        }
        Approx.Values(expected[0].V, solution.V, RoundingTolerance, "Solution.V is stage 0:");
    }
}
