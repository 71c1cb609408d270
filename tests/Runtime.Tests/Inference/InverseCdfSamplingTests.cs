using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// <see cref="InferenceResult{TState, TAction}.Sample"/> turns each uniform draw u into the outcome whose interval
/// [F_{i−1}, F_i) of the cumulative posterior holds u, outcomes in index order: the start state, then the action, then
/// the discount's exit (first) or a successor. Draws placed exactly on those boundaries pin the convention down.
/// </summary>
public class InverseCdfSamplingTests
{
    private static InferenceResult<int, Act> Solve(double discount, double temperature) =>
        ArrayModel.Compile(TinyStochasticModel.Arrays(), discount, horizon: 3).Inference(temperature: temperature);

    [Fact]
    public void A_draw_on_a_boundary_takes_the_outcome_above_it()
    {
        var exact = Solve(1.0, 1.0);
        var random = new ScriptedRandom(
            exact.Marginals[0][0],                                 // F(state 0): the start is state 1
            exact.Stages[0].Policy.Probability(1, Act.A0),         // F(A0): the action is A1
            exact.PosteriorDynamics(0, 1, Act.A1)[0].Probability); // F(state 0): the successor is state 2, terminal

        var trajectory = exact.Sample(random);

        Assert.Equal(new Trajectory<int, Act>([1, 2], [Act.A1]), trajectory);
        Assert.Equal(3, random.Used);
    }

    [Fact]
    public void A_draw_of_zero_takes_the_first_possible_outcome_and_never_an_exit_that_has_no_mass()
    {
        var exact = Solve(1.0, 1.0);
        var random = new ScriptedRandom(new double[7]);

        var trajectory = exact.Sample(random);

        // State 0 first, A0 first, successor 0 first (0.3 of (0, A0)), for all three steps; without discount no exit.
        Assert.Equal(new Trajectory<int, Act>([0, 0, 0, 0], [Act.A0, Act.A0, Act.A0]), trajectory);
        Assert.Equal(7, random.Used);
    }

    [Theory]
    [InlineData(0.8, 0.5)]
    [InlineData(0.5, 2.0)]
    public void The_exit_takes_the_first_interval_of_the_posteriors_probability_of_leaving(double discount, double temperature)
    {
        var exact = Solve(discount, temperature);
        // The posterior dynamics of (0, A0) at step 0 sum to 1 minus the posterior probability of leaving.
        var leaving = 1 - exact.PosteriorDynamics(0, 0, Act.A0).Sum(successor => successor.Probability);
        Assert.InRange(leaving, 1e-3, 1 - 1e-3);

        var left = exact.Sample(new ScriptedRandom(0, 0, leaving * (1 - 1e-6)));
        var stayed = exact.Sample(new ScriptedRandom(0, 0, leaving * (1 + 1e-6), 0, 0));

        Assert.Equal(new Trajectory<int, Act>([0], [Act.A0]), left);
        Assert.True(left.LeftByDiscount);
        // Just above the exit's interval lies the first successor, state 0; a draw of 0 then leaves at once.
        Assert.Equal(new Trajectory<int, Act>([0, 0], [Act.A0, Act.A0]), stayed);
    }

    /// <summary>A <see cref="Random"/> whose <see cref="NextDouble"/> returns the given draws in order.</summary>
    private sealed class ScriptedRandom(params double[] draws) : Random
    {
        public int Used { get; private set; }

        public override double NextDouble() => draws[Used++];
    }
}
