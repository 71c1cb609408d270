using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

public class SimulatorTests
{
    private const int Samples = 70_000;

    [Fact]
    public void The_same_seed_gives_the_same_episode()
    {
        var simulator = new Lake().Compile().CreateSimulator();

        var first = Episode(simulator, seed: 42);
        var again = Episode(simulator, seed: 42);
        var other = Episode(simulator, seed: 43);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Start_states_and_successors_follow_the_declared_probabilities()
    {
        var simulator = new Lake().Compile().CreateSimulator();
        simulator.Reset(seed: 1);
        var starts = new Dictionary<Lake.Cell, int>();
        var successors = new Dictionary<(Lake.Cell, Lake.Cell), int>();
        for (var i = 0; i < Samples; i++)
        {
            var start = simulator.Reset();
            var next = simulator.Step(Lake.Move.Up).Next;
            starts[start] = starts.GetValueOrDefault(start) + 1;
            successors[(start, next)] = successors.GetValueOrDefault((start, next)) + 1;
        }

        // The oracle is the DSL declaration itself: [Initial] and [Transition], duplicates summed. A frequency from
        // n draws has standard error √(p(1 − p)/n); every one must lie within 4 of them of its probability.
        var declaredStarts = Lake.Starts().ToList();
        Assert.Equal(declaredStarts.Count, starts.Count);
        foreach (var (state, probability) in declaredStarts)
            AssertFrequency(probability, starts.GetValueOrDefault(state), Samples, $"start {state}");
        foreach (var (state, _) in declaredStarts)
        {
            var declared = Lake.Step(state, Lake.Move.Up).GroupBy(o => o.Item1).ToDictionary(g => g.Key, g => g.Sum(o => o.Item2));
            var observed = successors.Where(kv => kv.Key.Item1 == state).ToDictionary(kv => kv.Key.Item2, kv => kv.Value);
            Assert.Subset(declared.Keys.ToHashSet(), observed.Keys.ToHashSet());
            foreach (var (next, probability) in declared)
                AssertFrequency(probability, observed.GetValueOrDefault(next), starts[state], $"{state} → {next}");
        }
    }

    [Fact]
    public void The_reward_is_that_of_the_sampled_transition()
    {
        var lake = new Lake();
        var simulator = lake.Compile().CreateSimulator();
        simulator.Reset(seed: 3);
        var holes = 0;
        for (var i = 0; i < 2_000; i++)
        {
            var state = simulator.Reset();
            while (!simulator.IsDone)
            {
                var action = (Lake.Move)(i % 4);
                var step = simulator.Step(action);
                // r(s, a, s′) as declared, not its expectation over s′: −10 into the hole, −1 otherwise.
                Assert.Equal(lake.Cost(state, action, step.Next), step.Reward);
                holes += step.Next == Lake.Hole ? 1 : 0;
                state = step.Next;
            }
        }
        Assert.True(holes > 0);
    }

    [Fact]
    public void Reaching_a_terminal_state_terminates_and_ends_the_episode()
    {
        var simulator = new Lake().Compile().CreateSimulator(stepLimit: 10_000);
        simulator.Reset(seed: 5);
        StepResult<Lake.Cell> step;
        do
            step = simulator.Step(Lake.Move.Right);
        while (!step.IsDone);

        Assert.True(step.Terminated);
        Assert.False(step.Truncated);
        Assert.True(Lake.IsOver(step.Next));
        var error = Assert.Throws<InvalidOperationException>(() => simulator.Step(Lake.Move.Up));
        Assert.Equal($"The episode ended in the terminal state {step.Next}; call Reset to start a new one.", error.Message);
    }

    [Fact]
    public void The_step_limit_truncates_without_terminating()
    {
        var simulator = new Loop().Compile().CreateSimulator(stepLimit: 3);
        simulator.Reset(seed: 0);

        Assert.False(simulator.Step(Loop.Go.Next).IsDone);
        Assert.False(simulator.Step(Loop.Go.Next).IsDone);
        var last = simulator.Step(Loop.Go.Next);

        Assert.Equal((new Loop.Spot(0), 1.0, false, true), (last.Next, last.Reward, last.Terminated, last.Truncated));
        Assert.Equal(
            "The episode was truncated at the step limit of 3; call Reset to start a new one.",
            Assert.Throws<InvalidOperationException>(() => simulator.Step(Loop.Go.Stay)).Message);
        Assert.Equal(new Loop.Spot(0), simulator.Reset());
        Assert.Equal(0, simulator.Steps);
    }

    [Fact]
    public void A_disallowed_action_is_rejected_naming_the_state_and_action()
    {
        var simulator = new Loop().Compile().CreateSimulator();
        simulator.Reset(seed: 0);
        simulator.Step(Loop.Go.Next);

        var error = Assert.Throws<ArgumentException>(() => simulator.Step(Loop.Go.Jump));

        Assert.Contains("Jump", error.Message);
        Assert.Contains(new Loop.Spot(1).ToString(), error.Message);
        Assert.Equal(new Loop.Spot(1), simulator.State);
    }

    [Fact]
    public void Stepping_before_the_first_reset_is_rejected()
    {
        var simulator = new Loop().Compile().CreateSimulator();

        Assert.Equal("Call Reset to start an episode before the first step.", Assert.Throws<InvalidOperationException>(() => simulator.Step(Loop.Go.Stay)).Message);
        Assert.Equal("Call Reset to start an episode first.", Assert.Throws<InvalidOperationException>(() => simulator.State).Message);
        var limit = Assert.Throws<ArgumentOutOfRangeException>(() => new Loop().Compile().CreateSimulator(stepLimit: 0));
        Assert.Equal("stepLimit", limit.ParamName);
        Assert.StartsWith("The step limit must be at least 1.", limit.Message);
    }

    [Fact]
    public void A_model_without_an_initial_state_has_no_simulator()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Unstarted.Compile().CreateSimulator());
        Assert.Contains("[Initial]", error.Message);
    }

    [Fact]
    public void A_finite_horizon_model_truncates_at_its_horizon_by_default()
    {
        Assert.Equal(3, Countdown.Compile().CreateSimulator().StepLimit);
        Assert.Equal(1000, new Loop().Compile().CreateSimulator().StepLimit);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Loop().Compile().CreateSimulator(stepLimit: 0));
    }

    [Fact]
    public void A_step_allocates_nothing()
    {
        AssertNoAllocation(new Lake().Compile().CreateSimulator(), Lake.Move.Up);
        AssertNoAllocation(new Loop().Compile().CreateSimulator(stepLimit: 50), Loop.Go.Next);
    }

    private static void AssertNoAllocation<TState, TAction>(Simulator<TState, TAction> simulator, TAction action)
        where TState : notnull
        where TAction : struct
    {
        simulator.Reset(seed: 0);
        Run(simulator, action, 100);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run(simulator, action, 10_000);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        static void Run(Simulator<TState, TAction> simulator, TAction action, int steps)
        {
            for (var i = 0; i < steps; i++)
            {
                if (simulator.IsDone)
                    simulator.Reset();
                simulator.Step(action);
            }
        }
    }

    private static List<StepResult<Lake.Cell>> Episode(Simulator<Lake.Cell, Lake.Move> simulator, int seed)
    {
        var steps = new List<StepResult<Lake.Cell>> { new(simulator.Reset(seed), 0, false, false) };
        while (!simulator.IsDone && steps.Count < 20)
            steps.Add(simulator.Step((Lake.Move)(steps.Count % 4)));
        return steps;
    }

    private static void AssertFrequency(double probability, int count, int draws, string what)
    {
        var standardError = Math.Sqrt(probability * (1 - probability) / draws);
        Assert.True(Math.Abs((double)count / draws - probability) <= 4 * standardError,
            $"{what}: frequency {(double)count / draws:F4} from {draws} draws, probability {probability:F4}.");
    }
}
