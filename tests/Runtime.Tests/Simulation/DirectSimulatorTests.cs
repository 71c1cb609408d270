namespace MdpDsl.Runtime.Tests.Simulation;

/// <summary>
/// The simulator that samples the [Transition] member directly: its draws follow the compiled table, it repeats
/// itself under a seed, it refuses bad steps exactly as <c>Compile()</c> refuses bad rows, and it runs a model whose
/// state space no table could hold.
/// </summary>
public class DirectSimulatorTests
{
    [Theory]
    [InlineData(Ferry.Heading.Upstream)]
    [InlineData(Ferry.Heading.Downstream)]
    public void Successor_frequencies_match_the_compiled_table(Ferry.Heading heading)
    {
        const int draws = 20_000;
        var table = Ferry.Compile();
        var start = Ferry.Start;
        var simulator = Ferry.CreateSimulator();
        simulator.Reset(seed: 2026);
        var counts = new Dictionary<Ferry.Crossing, int>();
        for (var i = 0; i < draws; i++)
        {
            Assert.Equal(start, simulator.Reset());
            var step = simulator.Step(heading);
            counts[step.Next] = counts.GetValueOrDefault(step.Next) + 1;
            Assert.Equal(Ferry.Fare(start, heading, step.Next), step.Reward);
        }

        // The oracle is the compiled table, whose duplicates are merged: four successors with probability ≥ 0.2 each,
        // so every expected count is at least 4,000. Pearson's χ² has 3 degrees of freedom; the 0.999 quantile of
        // χ²(3) is 16.266 (any χ² table, e.g. NIST/SEMATECH e-Handbook §1.3.6.7.4), so a correct sampler fails this
        // test with probability 0.001 over seeds — the fixed seed makes the outcome the same on every run.
        var expected = table.Transitions(start, heading);
        Assert.Equal(4, expected.Count);
        Assert.Equal(expected.Select(e => e.State).ToHashSet(), counts.Keys.ToHashSet());
        var chiSquare = expected.Sum(e =>
        {
            var mean = draws * e.Probability;
            var deviation = counts[e.State] - mean;
            return deviation * deviation / mean;
        });
        Assert.True(chiSquare < 16.266, $"χ² = {chiSquare} with 3 degrees of freedom");
    }

    [Fact]
    public void The_same_seed_gives_the_same_episode()
    {
        var simulator = Ferry.CreateSimulator(stepLimit: 40);

        var first = Episode(simulator, 11);
        var again = Episode(simulator, 11);
        var other = Episode(simulator, 12);

        Assert.Equal(40, first.Count);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void An_episode_ends_at_a_terminal_state_or_the_step_limit()
    {
        var lift = new Faulty { Fault = Fault.Throws, Stay = 0 }.CreateSimulator(stepLimit: 2);
        lift.Reset(seed: 1);
        Assert.False(lift.Step(Faulty.Lift.Up).IsDone);
        var truncated = lift.Step(Faulty.Lift.Up);
        Assert.True(truncated.Truncated);
        Assert.False(truncated.Terminated);
        Assert.Throws<InvalidOperationException>(() => lift.Step(Faulty.Lift.Up));

        var sound = new Faulty { Fault = Fault.Throws }.CreateSimulator();
        Assert.Throws<InvalidOperationException>(() => sound.Step(Faulty.Lift.Up));
        Assert.Throws<InvalidOperationException>(() => sound.State);
    }

    [Theory]
    [InlineData(Fault.SumBelowOne, 0.75)]
    [InlineData(Fault.NegativeProbability, -0.25)]
    [InlineData(Fault.NaNReward, double.NaN)]
    [InlineData(Fault.PositiveReward, 1.5)]
    public void A_bad_step_throws_what_Compile_throws_naming_state_action_and_value(Fault fault, double value)
    {
        var model = new Faulty { Fault = fault };
        var compiled = Assert.Throws<ModelValidationException>(() => model.Compile());

        var stepped = StepToLevelTwo(model);

        Assert.Equal(compiled.Message, stepped.Message);
        Assert.Equal(new Faulty.Floor(2), stepped.State);
        Assert.Equal(Faulty.Lift.Up, stepped.Action);
        Assert.Equal(value, stepped.Value);
        Assert.Contains("Floor { Level = 2 }", stepped.Message, StringComparison.Ordinal);
        Assert.Contains("action Up", stepped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_successor_outside_the_declared_range_is_named()
    {
        var model = new Faulty { Fault = Fault.BeyondRange };
        var compiled = Assert.Throws<ModelValidationException>(() => model.Compile());

        var stepped = StepToLevelTwo(model);

        Assert.Equal(compiled.Message, stepped.Message);
        Assert.Equal(new Faulty.Floor(7), stepped.Successor);
        Assert.Contains("Floor { Level = 7 }", stepped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_that_throws_is_named_with_its_state_and_action()
    {
        var model = new Faulty { Fault = Fault.Throws };
        var compiled = Assert.Throws<ModelValidationException>(() => model.Compile());

        var stepped = StepToLevelTwo(model);

        Assert.Equal(compiled.Message, stepped.Message);
        Assert.IsType<InvalidOperationException>(stepped.InnerException);
        Assert.Contains("State Floor { Level = 2 }, action Up: the model's [Transition] member threw", stepped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_space_no_table_could_hold_is_simulated()
    {
        var simulator = Swarm.CreateSimulator(stepLimit: 500);
        simulator.Reset(seed: 5);
        var moves = new int[10];
        var random = new Random(5);
        while (!simulator.IsDone)
        {
            var robot = (Swarm.Robot)random.Next(10);
            moves[(int)robot]++;
            Assert.Equal(-1, simulator.Step(robot).Reward);
        }

        // Each robot's position is the number of times it moved, modulo the ring.
        var ring = simulator.State;
        Assert.Equal(moves.Select(m => m % 64), new[] { ring.R0, ring.R1, ring.R2, ring.R3, ring.R4, ring.R5, ring.R6, ring.R7, ring.R8, ring.R9 });
        Assert.Equal(500, simulator.Steps);
    }

    [Fact]
    public void Compile_refuses_that_state_space_once_its_search_passes_the_cap()
    {
        var error = Assert.Throws<ModelValidationException>(() => Swarm.Compile());

        Assert.StartsWith("More than 5,000 states are reachable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_of_a_model_whose_transition_does_not_allocate_allocates_nothing()
    {
        // Swarm's transition returns its successor by value; a yield-return transition would allocate its iterator.
        var simulator = Swarm.CreateSimulator(stepLimit: 200);
        simulator.Reset(seed: 0);
        Run(100);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run(10_000);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        void Run(int steps)
        {
            for (var i = 0; i < steps; i++)
            {
                if (simulator.IsDone)
                    simulator.Reset();
                simulator.Step((Swarm.Robot)(i % 10));
            }
        }
    }

    [Fact]
    public void A_model_without_an_initial_state_cannot_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NoStart.CreateSimulator());

        Assert.Contains("[Initial]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_outside_the_action_space_is_refused()
    {
        var simulator = Ferry.CreateSimulator();
        simulator.Reset(seed: 1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => simulator.Step((Ferry.Heading)5));

        Assert.Equal((Ferry.Heading)5, error.ActualValue);
        Assert.Equal(0, simulator.Steps);
    }

    [Fact]
    public void The_step_limit_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Ferry.CreateSimulator(stepLimit: 0));

    private static ModelValidationException StepToLevelTwo(Faulty model)
    {
        var simulator = model.CreateSimulator();
        simulator.Reset(seed: 3);
        simulator.Step(Faulty.Lift.Up);
        simulator.Step(Faulty.Lift.Up);
        Assert.Equal(new Faulty.Floor(2), simulator.State);
        return Assert.Throws<ModelValidationException>(() => simulator.Step(Faulty.Lift.Up));
    }

    private static List<StepResult<Ferry.Crossing>> Episode(ISimulator<Ferry.Crossing, Ferry.Heading> simulator, int seed)
    {
        var steps = new List<StepResult<Ferry.Crossing>>();
        simulator.Reset(seed);
        for (var i = 0; !simulator.IsDone; i++)
            steps.Add(simulator.Step(i % 3 == 0 ? Ferry.Heading.Upstream : Ferry.Heading.Downstream));
        return steps;
    }
}

/// <summary>A model that declares no [Initial] member, so that no episode can start.</summary>
[Mdp(Discount = 0.5)]
public partial class NoStart
{
    [State] public enum Spot { Here, There }

    [Action] public enum Hop { Go }

    [Reward] public static double Nothing(Spot spot, Hop hop) => 0;

    [Transition] public static Spot Jump(Spot spot, Hop hop) => spot == Spot.Here ? Spot.There : Spot.Here;
}
