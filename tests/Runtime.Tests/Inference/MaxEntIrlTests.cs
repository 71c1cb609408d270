using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// A 4 × 4 grid over eight steps; the walker may stay or move one cell. Its reward is linear in two features,
/// r = 1 · closeness − 0.5 · moving, which IRL must recover from the soft-optimal walker's demonstrations.
/// </summary>
[Mdp(Horizon = 8)]
public static partial class Walk
{
    [State] public readonly record struct Cell([Range(0, 3)] int X, [Range(0, 3)] int Y);

    [Action] public enum Move { Stay, Up, Down, Left, Right }

    public static Cell Goal => new(3, 3);

    [Reward] public static double Reward(Cell s, Move a) => 1.0 * Closeness(s, a) - 0.5 * Moving(s, a);

    [Transition]
    public static Cell Next(Cell s, Move a)
    {
        var (x, y) = a switch
        {
            Move.Up => (s.X, s.Y + 1),
            Move.Down => (s.X, s.Y - 1),
            Move.Left => (s.X - 1, s.Y),
            Move.Right => (s.X + 1, s.Y),
            _ => (s.X, s.Y),
        };
        return x is >= 0 and <= 3 && y is >= 0 and <= 3 ? new Cell(x, y) : s;
    }

    [Feature] public static double Closeness(Cell s, Move a) => -(Math.Abs(Goal.X - s.X) + Math.Abs(Goal.Y - s.Y));

    [Feature] public static double Moving(Cell s, Move a) => a == Move.Stay ? 0 : 1;
}

/// <summary>Maximum-entropy IRL recovers a demonstrator that is itself soft-optimal for a known linear reward.</summary>
public class MaxEntIrlTests
{
    [Fact]
    public void Demonstrations_of_a_soft_optimal_walker_give_back_its_policy()
    {
        var model = Walk.Compile();
        var features = model.Features();
        var demonstrator = model.SoftValueIteration();
        var demonstrations = Sample(demonstrator, count: 400, seed: 3);

        var learned = model.MaxEntIrl(features, demonstrations, new MaxEntIrlOptions { LearningRate = 0.05, Iterations = 300 });

        // 400 demonstrations × 8 steps = 3,200 choices estimate two weights with a standard error of a few
        // hundredths, so the step-0 policies should agree within 0.1 in total variation in every cell.
        foreach (var s in Walk.States)
        {
            var tv = 0.5 * Walk.Actions.Sum(a => Math.Abs(learned.Solution.Policy.Probability(s, a) - demonstrator.Policy.Probability(s, a)));
            Assert.True(tv <= 0.1, $"cell {s}: total variation {tv:F3} (weights learned: {string.Join(", ", learned.Weights)})");
        }
        Assert.Equal(["Closeness", "Moving"], learned.Weights.Select(w => w.Feature));
        Assert.InRange(learned.Weights[0].Weight, 0.7, 1.3);
        Assert.InRange(learned.Weights[1].Weight, -0.8, -0.2);
    }

    [Fact]
    public void The_log_likelihood_rises_at_every_small_step()
    {
        var model = Walk.Compile();
        var features = model.Features();
        var demonstrations = Sample(model.SoftValueIteration(), count: 100, seed: 5);

        var learned = model.MaxEntIrl(features, demonstrations, new MaxEntIrlOptions { LearningRate = 0.02, Iterations = 60 });

        for (var i = 1; i < learned.LogLikelihoods.Count; i++)
            Assert.True(learned.LogLikelihoods[i] >= learned.LogLikelihoods[i - 1] - 1e-12, $"step {i}: {learned.LogLikelihoods[i - 1]} → {learned.LogLikelihoods[i]}");
        Assert.True(learned.LogLikelihoods[^1] > learned.LogLikelihoods[0] + 1);
    }

    /// <summary>Trajectories of the time-indexed policy from uniformly drawn start cells.</summary>
    private static List<IReadOnlyList<(Walk.Cell, Walk.Move)>> Sample(Solution<Walk.Cell, Walk.Move> policy, int count, int seed)
    {
        var random = new Random(seed);
        var demonstrations = new List<IReadOnlyList<(Walk.Cell, Walk.Move)>>();
        for (var i = 0; i < count; i++)
        {
            var state = Walk.StateAt(random.Next(Walk.StateCount));
            var steps = new List<(Walk.Cell, Walk.Move)>();
            foreach (var stage in policy.Stages)
            {
                var action = stage.Policy.Sample(state, random);
                steps.Add((state, action));
                state = Walk.Next(state, action);
            }
            demonstrations.Add(steps);
        }
        return demonstrations;
    }
}
