namespace MdpDsl.Generator.Tests.Execution;

/// <summary>
/// Runs generated models whose values are known in closed form: a chain of N cells, −1 per step, with the goal
/// (terminal) at the far end. From cell i the goal is k = N − 1 − i steps away, and walking forward is optimal.
/// Each test varies one thing the generator wires — discount, horizon, instance parameters, stochastic
/// transitions, reward shape — so a miswiring shows as a wrong number.
/// </summary>
public sealed class ChainValueTests
{
    private const int Length = 6;

    private static string Chain(string mdpArguments, string reward, string transition, string members = "") => $$"""
        using System;
        using System.Collections.Generic;
        using MdpDsl;

        namespace Chains;

        [Mdp({{mdpArguments}})]
        public partial class Chain
        {
            {{members}}

            [State] public readonly record struct Cell([Range(0, {{Length - 1}})] int Index);

            [Action] public enum Step { Back, Forward }

            [Terminal] public static bool AtGoal(Cell cell) => cell.Index == {{Length - 1}};

            {{reward}}

            {{transition}}

            private static Cell Walk(Cell cell, Step step) =>
                step == Step.Forward ? new Cell(cell.Index + 1) : new Cell(Math.Max(0, cell.Index - 1));
        }
        """;

    private const string UnitCost = "[Reward] public static double Cost(Cell cell, Step step) => -1;";

    private const string Deterministic = "[Transition] public static Cell Move(Cell cell, Step step) => Walk(cell, step);";

    private static double[] Values(dynamic solution, LoadedModel model) =>
        Enumerable.Range(0, Length).Select(i => (double)solution.V[(dynamic)model.StateAt(i)]).ToArray();

    private static double[] Expected(Func<int, double> valueAtDistance) =>
        Enumerable.Range(0, Length).Select(i => valueAtDistance(Length - 1 - i)).ToArray();

    [Fact]
    public void Undiscounted_value_is_minus_the_distance_to_the_goal()
    {
        var model = LoadedModel.Load(Chain("", UnitCost, Deterministic), "Chains.Chain");

        var solution = SolverCatalog.ValueIteration(model.Compile());

        Assert.True(solution.Converged);
        Assert.Equal(Expected(k => -k), (double[])Values(solution, model), new Tolerance(1e-9));
    }

    [Fact]
    public void Discounted_value_is_a_geometric_sum()
    {
        const double discount = 0.9;
        var model = LoadedModel.Load(Chain("Discount = 0.9", UnitCost, Deterministic), "Chains.Chain");

        var solution = SolverCatalog.ValueIteration(model.Compile(), tolerance: 1e-12);

        // Σ_{t<k} −γ^t = −(1 − γ^k)/(1 − γ)
        Assert.Equal(Expected(k => -(1 - Math.Pow(discount, k)) / (1 - discount)), (double[])Values(solution, model), new Tolerance(1e-9));
    }

    [Fact]
    public void Finite_horizon_caps_the_cost_at_the_number_of_steps_left()
    {
        var model = LoadedModel.Load(Chain("Horizon = 3", UnitCost, Deterministic), "Chains.Chain");

        var solution = SolverCatalog.ValueIteration(model.Compile());

        Assert.Equal(3, (int)solution.Horizon);
        Assert.Equal(3, ((IEnumerable<object>)solution.Stages).Count());
        Assert.Equal(Expected(k => -Math.Min(3, k)), (double[])Values(solution, model), new Tolerance(1e-9));
    }

    [Fact]
    public void Instance_parameters_reach_the_compiled_model()
    {
        var source = Chain(
            "",
            "[Reward] public double Cost(Cell cell, Step step) => -StepCost;",
            Deterministic,
            "public double StepCost { get; init; } = 1;");
        var model = LoadedModel.Load(source, "Chains.Chain");

        var solution = SolverCatalog.ValueIteration(model.Compile(model.NewInstance(("StepCost", 2.5))));

        Assert.Equal(Expected(k => -2.5 * k), (double[])Values(solution, model), new Tolerance(1e-9));
    }

    [Fact]
    public void Stochastic_transition_that_advances_with_probability_p_costs_one_over_p_per_cell()
    {
        var source = Chain(
            "",
            UnitCost,
            """
            [Transition]
            public static IEnumerable<(Cell, double)> Move(Cell cell, Step step)
            {
                yield return (Walk(cell, step), 0.25);
                yield return (cell, 0.75);
            }
            """);
        var model = LoadedModel.Load(source, "Chains.Chain");

        var solution = SolverCatalog.ValueIteration(model.Compile(), tolerance: 1e-12);

        // Each cell takes a geometric number of tries with mean 1/p = 4.
        Assert.Equal(Expected(k => -4.0 * k), (double[])Values(solution, model), new Tolerance(1e-6));
    }

    [Fact]
    public void Reward_of_the_state_is_paid_in_the_state_left()
    {
        // r(s) = −(s + 1): leaving cells i … N − 2 costs Σ_{m=i+1}^{N−1} m.
        var source = Chain("", "[Reward] public static double Cost(Cell cell) => -(cell.Index + 1);", Deterministic);
        var model = LoadedModel.Load(source, "Chains.Chain");

        var solution = SolverCatalog.ValueIteration(model.Compile());

        Assert.Equal(Expected(k => -SumOfCellsAhead(k)), (double[])Values(solution, model), new Tolerance(1e-9));
    }

    [Fact]
    public void Reward_of_the_transition_is_paid_for_the_state_entered()
    {
        // r(s, a, s') = −(s' + 1): entering cells i + 1 … N − 1 costs Σ_{m=i+1}^{N−1} (m + 1); passing s instead
        // of s' would charge the cells left instead.
        var source = Chain("", "[Reward] public static double Cost(Cell cell, Step step, Cell next) => -(next.Index + 1);", Deterministic);
        var model = LoadedModel.Load(source, "Chains.Chain");

        var solution = SolverCatalog.ValueIteration(model.Compile());

        Assert.Equal(Expected(k => -(SumOfCellsAhead(k) + k)), (double[])Values(solution, model), new Tolerance(1e-9));
    }

    [Fact]
    public void Optimal_policy_walks_forward()
    {
        var model = LoadedModel.Load(Chain("Discount = 0.9", UnitCost, Deterministic), "Chains.Chain");
        var forward = Enum.Parse(model.Type.GetNestedType("Step")!, "Forward");

        var policy = SolverCatalog.ValueIteration(model.Compile()).Policy;

        for (var i = 0; i < Length - 1; i++)
            Assert.Equal(forward, (object)policy.Act((dynamic)model.StateAt(i)));
    }

    /// <summary>Σ_{m=i+1}^{N−1} m for the cell i that is k steps from the goal.</summary>
    private static double SumOfCellsAhead(int k)
    {
        var i = Length - 1 - k;
        return (Length - 1) * Length / 2.0 - i * (i + 1) / 2.0;
    }
}
