using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Soft;

/// <summary>
/// Without discounting, soft values are finite only while the entropy bonus (up to T·ln|A| per step) does not outweigh
/// the step cost. When it does the values grow linearly forever; the solver must say so early instead of running to
/// the iteration limit and returning an unconverged, meaningless V.
/// </summary>
public class UnboundedSoftValueTests
{
    [Fact]
    public void An_entropy_bonus_above_the_step_cost_is_reported_early_with_the_reason()
    {
        // T·ln 2 = 1.386 per step against a step cost of 1: staying in the corridor pays.
        var error = Assert.Throws<DivergenceException>(() => UndiscountedCorridor.Compile().SoftValueIteration(temperature: 2));

        Assert.True(error.Iteration < 2_000, $"detected only after {error.Iteration} sweeps");
        Assert.Contains("grow without bound", error.Message);
        Assert.Contains("T·ln|A| = 2·ln 2 = 1.38629", error.Message);
        Assert.Contains("Lower the temperature", error.Message);
        Assert.IsType<UndiscountedCorridor.Cell>(error.State);

        // The values at detection lie on the line the long-run growth predicts: V_H grows by the same gain per step,
        // measured independently by backward induction over two long horizons.
        var model = UndiscountedCorridor.Compile();
        var state = (UndiscountedCorridor.Cell)error.State!;
        var gain = model.SoftValueIteration(2, horizon: 3001).V[state] - model.SoftValueIteration(2, horizon: 3000).V[state];
        Assert.True(gain > 0);
        Approx.Equal(gain * error.Iteration, error.Value, 0.05 * gain * error.Iteration + 10, "V at detection vs gain × sweeps");
    }

    [Fact]
    public void The_same_corridor_converges_when_the_bonus_is_below_the_step_cost()
    {
        // T·ln 2 = 0.35 < 1: every state's soft value is finite, and a discount-free solve must converge to it.
        var model = UndiscountedCorridor.Compile();
        var solution = model.SoftValueIteration(temperature: 0.5);
        Assert.True(solution.Converged);
        var longHorizon = model.SoftValueIteration(0.5, horizon: 5000);
        foreach (var cell in model.States)
            Approx.Equal(longHorizon.V[cell], solution.V[cell], 1e-8, $"V({cell}) vs a 5,000-step horizon");
    }

    [Fact]
    public void Hard_values_that_fall_forever_are_reported_with_the_general_advice()
    {
        // A ring with no terminal state and reward −1 everywhere: V decreases by exactly 1 per sweep.
        var error = Assert.Throws<DivergenceException>(() => ArrayModel.Compile(SmallModels.Ring(), 1.0).ValueIteration());
        Assert.True(error.Iteration < 100);
        Assert.Equal(-error.Iteration, error.Value);
        Assert.Contains("changes by -1 in every sweep", error.Message);
        Assert.Contains("Add a discount below 1, a finite horizon, or make every policy reach a terminal state.", error.Message);
    }
}

/// <summary>The README's corridor without a discount.</summary>
[Mdp(Discount = 1)]
public partial class UndiscountedCorridor
{
    [State] public readonly record struct Cell([Range(0, 4)] int X);

    [Action] public enum Step { Back, Forward }

    [Initial] public static Cell Start => new(0);

    [Terminal] public static bool AtEnd(Cell s) => s.X == 4;

    [Reward] public static double Cost(Cell s, Step a) => -1;

    [Transition]
    public static IEnumerable<(Cell, double)> Move(Cell s, Step a)
    {
        var intended = a == Step.Forward ? s.X + 1 : Math.Max(s.X - 1, 0);
        yield return (new Cell(intended), 0.9);
        yield return (new Cell(Math.Max(s.X - 1, 0)), 0.1);
    }
}
