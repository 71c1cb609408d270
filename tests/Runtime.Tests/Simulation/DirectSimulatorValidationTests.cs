namespace MdpDsl.Runtime.Tests.Simulation;

/// <summary>
/// The direct simulator checks what <c>Compile()</c> checks, with the same message, where <c>Compile()</c> would
/// have checked it: the start distribution when the simulator is made, each pair's probabilities and reward when it
/// is stepped; and its misuse is refused with a message that says what to do.
/// </summary>
public class DirectSimulatorValidationTests
{
    public static TheoryData<(int, double)[]> BadStarts => new()
    {
        new[] { (0, 0.5), (1, 0.4) },      // sums to 0.9
        new[] { (0, double.NaN) },         // not a probability
        new[] { (0, 1.5), (1, -0.5) },     // a negative probability
        new[] { (5, 1.0) },                // outside the state space
    };

    [Theory]
    [MemberData(nameof(BadStarts))]
    public void A_bad_start_distribution_is_refused_as_Compile_refuses_it((int, double)[] starts)
    {
        var model = new Shuttle { Starts = starts };
        var compiled = Assert.Throws<ModelValidationException>(() => model.Compile());

        var created = Assert.Throws<ModelValidationException>(() => model.CreateSimulator());

        Assert.Equal(compiled.Message, created.Message);
        Assert.StartsWith("The initial ", created.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_of_probability_zero_may_lie_anywhere()
    {
        var model = new Shuttle { Starts = [(0, 1.0), (5, 0.0)] };
        model.Compile();

        var simulator = model.CreateSimulator();

        Assert.Equal(new Shuttle.Stop(0), simulator.Reset(seed: 1));
    }

    [Fact]
    public void Under_the_exponential_likelihood_a_positive_reward_on_one_successor_is_allowed_when_the_expectation_is_not()
    {
        // ¼ · 2 − ¾ = −¼ ≤ 0: Compile accepts the model, and the simulator pays +2 on the trips that reach stop 2.
        var model = new Shuttle { FarToll = 2 };
        model.Compile();
        var simulator = model.CreateSimulator();
        var tolls = new HashSet<double>();
        for (var episode = 0; episode < 40; episode++)
        {
            simulator.Reset(seed: episode);
            while (!simulator.IsDone)
                tolls.Add(simulator.Step(Shuttle.Ride.Go).Reward);
        }

        Assert.Equal([-1.0, 2.0], tolls.Order());
    }

    [Fact]
    public void Under_the_exponential_likelihood_a_positive_expected_reward_is_refused_whichever_successor_is_drawn()
    {
        // ¼ · 4 − ¾ = ¼ > 0, also on the steps (three in four) that draw stop 1 and pay −1.
        var model = new Shuttle { FarToll = 4 };
        var compiled = Assert.Throws<ModelValidationException>(() => model.Compile());
        var simulator = model.CreateSimulator();

        for (var seed = 0; seed < 10; seed++)
        {
            simulator.Reset(seed);
            var stepped = Assert.Throws<ModelValidationException>(() => simulator.Step(Shuttle.Ride.Go));
            Assert.Equal(compiled.Message, stepped.Message);
            Assert.Equal(0.25, stepped.Value);
            Assert.Equal(new Shuttle.Stop(0), stepped.State);
        }
    }

    [Fact]
    public void Misuse_is_refused_with_what_to_do()
    {
        var simulator = Ferry.CreateSimulator(stepLimit: 1);
        Assert.Equal("Call Reset to start an episode first.", Assert.Throws<InvalidOperationException>(() => simulator.State).Message);
        Assert.Equal("Call Reset to start an episode before the first step.", Assert.Throws<InvalidOperationException>(() => simulator.Step(Ferry.Heading.Upstream)).Message);
        Assert.StartsWith("5 is not an action of this model.", Assert.Throws<ArgumentOutOfRangeException>(() => simulator.Step((Ferry.Heading)5)).Message);

        // A step limit of 1 truncates after the first step.
        simulator.Reset(seed: 4);
        Assert.True(simulator.Step(Ferry.Heading.Upstream).Truncated);
        Assert.Equal(
            "The episode was truncated at the step limit of 1; call Reset to start a new one.",
            Assert.Throws<InvalidOperationException>(() => simulator.Step(Ferry.Heading.Upstream)).Message);

        var shuttle = new Shuttle().CreateSimulator();
        shuttle.Reset(seed: 0);
        while (!shuttle.IsDone)
            shuttle.Step(Shuttle.Ride.Go);
        Assert.Equal(
            "The episode ended in the terminal state Stop { Index = 2 }; call Reset to start a new one.",
            Assert.Throws<InvalidOperationException>(() => shuttle.Step(Shuttle.Ride.Go)).Message);

        var limit = Assert.Throws<ArgumentOutOfRangeException>(() => Ferry.CreateSimulator(stepLimit: 0));
        Assert.Equal("stepLimit", limit.ParamName);
        Assert.StartsWith("The step limit must be at least 1.", limit.Message);
    }
}
