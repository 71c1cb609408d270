using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// Policy iteration, modified policy iteration, Gauss–Seidel and interval value iteration against the test's own value
/// iteration (<see cref="Reference.FixedPoint"/>, run to the last bit) on random MDPs: both storages, with and without
/// an action mask, discounted and undiscounted with proper policies.
/// </summary>
public class SolverAgreementTests
{
    private const double Tolerance = 1e-6;

    public static TheoryData<string> DiscountedKinds => new() { "masked", "unmasked", "deterministic" };

    public static TheoryData<string, bool> Solvers => new()
    {
        { "PolicyIteration", false }, { "PolicyIteration", true },
        { "ModifiedPolicyIteration", false }, { "ModifiedPolicyIteration", true },
        { "GaussSeidelValueIteration", false }, { "GaussSeidelValueIteration", true },
        { "IntervalValueIteration", false }, { "IntervalValueIteration", true },
    };

    [Theory]
    [MemberData(nameof(Solvers))]
    public void Every_solver_is_within_half_the_tolerance_of_the_optimal_values_when_discounted(string solver, bool deterministic)
    {
        foreach (var kind in deterministic ? new[] { "deterministic" } : new[] { "masked", "unmasked" })
        {
            Property.ForAll(SolverVariants.OfKind(kind), mdp =>
            {
                var expected = Reference.FixedPoint(mdp.Arrays, mdp.Discount, Reference.Hard(mdp.Arrays));
                var solution = Solve(solver, ArrayModel.Compile(mdp.Arrays, mdp.Discount), Tolerance);
                Assert.True(solution.Converged);
                // Each solver's documented guarantee is ε/2, as for value iteration; its reported bound must hold too.
                Approx.Values(expected, solution.V, Tolerance / 2, $"{solver} ({kind})");
                Assert.NotNull(solution.ErrorBound);
                // The reference itself is within 2e-11 of V* (see Reference.FixedPointChange), and rounding comes on top.
                for (var s = 0; s < expected.Length; s++)
                    Assert.True(Math.Abs(solution.V[s] - expected[s]) <= solution.ErrorBound + 3e-11, $"{solver}: V({s}) off by more than its bound {solution.ErrorBound:R}");
            }, cases: 30);
        }
    }

    [Fact]
    public void Value_iterations_reported_bounds_hold_for_the_hard_and_soft_backups() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            // A loose ε, so that the bound γ/(1 − γ)·residual is far above the reference's own error of 2e-11.
            var model = ArrayModel.Compile(mdp.Arrays, mdp.Discount);
            foreach (var (name, solution, backup) in new[]
            {
                ("hard", model.ValueIteration(1e-4), Reference.Hard(mdp.Arrays)),
                ("soft", model.SoftValueIteration(0.3, 1e-4), Reference.Soft(mdp.Arrays, 0.3)),
            })
            {
                var expected = Reference.FixedPoint(mdp.Arrays, mdp.Discount, backup);
                Assert.True(solution.ErrorBound <= 1e-4 / 2, $"{name}: bound {solution.ErrorBound:R}");
                Approx.Values(expected, solution.V, solution.ErrorBound!.Value + 3e-11, $"{name} value iteration within its bound");
            }
        });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Policy_iterations_policy_is_optimal_and_its_values_are_that_policys_own(bool deterministic) =>
        Property.ForAll(deterministic ? SolverVariants.Deterministic : RandomMdps.Discounted, mdp =>
        {
            var model = ArrayModel.Compile(mdp.Arrays, mdp.Discount);
            var expected = Reference.FixedPoint(mdp.Arrays, mdp.Discount, Reference.Hard(mdp.Arrays));
            var solution = model.PolicyIteration(1e-10);
            var evaluated = model.PolicyEvaluation(solution.Policy);
            // V^π of the returned policy equals V*: only the tie margin ε(1 − γ)/2 and rounding separate them.
            Approx.Values(expected, evaluated.V, 1e-9, "V^π of policy iteration's policy");
            Approx.Values(evaluated.V.AsSpan().ToArray(), solution.V, 1e-12, "policy iteration's V vs V^π");
        });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Undiscounted_solvers_agree_on_stochastic_shortest_paths(bool deterministic) =>
        Property.ForAll(SolverVariants.ShortestPath(deterministic), mdp =>
        {
            var model = ArrayModel.Compile(mdp.Arrays, 1);
            var expected = Reference.FixedPoint(mdp.Arrays, 1, Reference.Hard(mdp.Arrays));

            // Policy iteration stops at an optimal policy, exactly evaluated.
            var iterated = model.PolicyIteration();
            Assert.True(iterated.Converged);
            Approx.Values(expected, iterated.V, 1e-9, "policy iteration");

            // Interval iteration's bound is proven: it must hold against V*.
            var interval = model.IntervalValueIteration(Tolerance);
            Assert.True(interval.Converged);
            Assert.True(interval.ErrorBound <= Tolerance, $"bound {interval.ErrorBound:R}");
            Approx.Values(expected, interval.V, interval.ErrorBound!.Value + 3e-11, "interval value iteration");

            // Without discounting the other two stop on a small change, which bounds nothing; with ε = 1e-12 on these
            // few-state chains (expected times to the end far below 10⁶ steps) they are nonetheless within 1e-6.
            Approx.Values(expected, model.ModifiedPolicyIteration(tolerance: 1e-12).V, Tolerance, "modified policy iteration");
            Approx.Values(expected, model.GaussSeidelValueIteration(1e-12).V, Tolerance, "Gauss–Seidel");
            Assert.Null(model.GaussSeidelValueIteration(1e-12).ErrorBound);
        });

    internal static Solution<TState, TAction> Solve<TState, TAction>(string solver, MdpModel<TState, TAction> model, double tolerance)
        where TState : notnull
        where TAction : struct => solver switch
    {
        "PolicyIteration" => model.PolicyIteration(tolerance),
        "ModifiedPolicyIteration" => model.ModifiedPolicyIteration(tolerance: tolerance),
        "GaussSeidelValueIteration" => model.GaussSeidelValueIteration(tolerance),
        "IntervalValueIteration" => model.IntervalValueIteration(tolerance),
        _ => throw new ArgumentOutOfRangeException(nameof(solver)),
    };
}
