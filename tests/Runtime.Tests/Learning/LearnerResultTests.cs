using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

/// <summary>The visit counts on every learner's result, and the comparison with an exact solution that weighs errors by them.</summary>
public class LearnerResultTests
{
    private static readonly Loop.Spot[] Spots = [new(0), new(1), new(2)];

    [Fact]
    public void The_chain_visits_each_link_once_per_episode_and_never_acts_at_the_end()
    {
        var model = Chain.Compile();

        var learned = model.TdLearning(model.UniformPolicy(), new TdOptions { Episodes = 10 });

        // Every episode walks links 0, 1, 2, 3 and stops in the terminal link 4.
        for (var i = 0; i < Chain.Last; i++)
        {
            Assert.Equal(10, learned.Visits[new Chain.Link(i)]);
            Assert.Equal(10, learned.Visits[new Chain.Link(i), Chain.Wait.Wait]);
        }
        Assert.Equal(0, learned.Visits[new Chain.Link(Chain.Last)]);
        Assert.Equal(40, learned.Visits.Total);
    }

    [Fact]
    public void Going_round_the_loop_counts_each_spot_and_pair_as_walked()
    {
        var model = new Loop().Compile();
        var next = model.CreatePolicy(_ => Loop.Go.Next);

        // Each episode of five steps walks 0 → 1 → 2 → 0 → 1 → 2 and is truncated: it acts twice at spots 0 and 1,
        // once at spot 2, always with Next.
        var learned = model.TdLearning(next, new TdOptions { Episodes = 3, StepLimit = 5 });

        Assert.Equal([6, 6, 3], Spots.Select(s => learned.Visits[s]));
        Assert.Equal([6, 6, 3], Spots.Select(s => learned.Visits[s, Loop.Go.Next]));
        Assert.Equal(0, learned.Visits[Spots[0], Loop.Go.Stay]);
        Assert.Equal(0, learned.Visits[Spots[0], Loop.Go.Jump]);
    }

    [Theory]
    [MemberData(nameof(LearnerRuns.Names), MemberType = typeof(LearnerRuns))]
    public void Every_learner_counts_each_step_once(string learner)
    {
        var learned = LearnerRuns.Invoke(learner, new Loop().Compile(), episodes: 7, stepLimit: 9);

        Assert.Equal(learned.Steps, learned.Visits.Total);
        Assert.Equal(63, learned.Visits.Total);
        // A spot's count is the sum of its pairs' counts.
        foreach (var spot in Spots)
            Assert.Equal(learned.Visits[spot], Enum.GetValues<Loop.Go>().Sum(go => learned.Visits[spot, go]));
    }

    [Theory]
    [MemberData(nameof(LearnerRuns.Names), MemberType = typeof(LearnerRuns))]
    public void Every_learner_compares_with_an_exact_solution_as_the_test_helpers_measure(string learner)
    {
        var model = new Loop().Compile();
        var exact = model.SoftValueIteration(1);
        var learned = LearnerRuns.Invoke(learner, model, episodes: 7, stepLimit: 9);

        var comparison = learned.CompareWith(exact);

        Assert.Equal(Exact.MaxDistance(model, exact.V, learned.V), comparison.V.Maximum);
        Assert.Equal(Exact.MaxTotalVariation(model, exact.Policy, learned.Policy), comparison.Policy.Maximum, 1e-15);
        Assert.Equal(learned.Visits[comparison.V.At], comparison.V.VisitsAt);
        Assert.InRange(comparison.V.VisitWeightedMean, 0, comparison.V.Maximum);
        Assert.InRange(comparison.Policy.VisitWeightedMean, 0, comparison.Policy.Maximum);
        if (learned is ActionValueResult<Loop.Spot, Loop.Go> withQ)
        {
            var q = Assert.IsType<Discrepancy<(Loop.Spot, Loop.Go)>>(comparison.Q);
            Assert.Equal(Exact.MaxDistance(model, exact.Q, withQ.Q), q.Maximum);
            Assert.Equal(learned.Visits[q.At.Item1, q.At.Item2], q.VisitsAt);
            Assert.InRange(q.VisitWeightedMean, 0, q.Maximum);
        }
        else
        {
            Assert.Null(comparison.Q);
        }
    }

    [Fact]
    public void The_comparison_weighs_each_state_error_by_its_visits()
    {
        var model = new Loop().Compile();
        var next = model.CreatePolicy(_ => Loop.Go.Next);
        var exact = model.PolicyEvaluation(next);

        // One episode of 0 → 1 → 2 → 0 → 1 → 2 at step size 1, each step setting V(s) = 1 + 0.9 V(s′) with the V(s′)
        // of the moment: V(0) = 1, V(1) = 1, V(2) = 1 + 0.9·1 = 1.9, V(0) = 1 + 0.9·1 = 1.9, and V(1) = 1 + 0.9·1.9
        // = 2.71 from the truncated last step. Going round for ever is worth 1 / (1 − 0.9) = 10 everywhere, so the
        // errors are 8.1, 7.29, 8.1 with visits 2, 2, 1: mean (2·8.1 + 2·7.29 + 8.1) / 5 = 7.776, where an unweighted
        // mean would give 7.83.
        var learned = model.TdLearning(next, new TdOptions { Episodes = 1, StepLimit = 5, LearningRate = 1 });
        var comparison = learned.CompareWith(exact);

        Assert.Equal(8.1, comparison.V.Maximum, 1e-9);
        Assert.Contains(comparison.V.At, new[] { Spots[0], Spots[2] });
        Assert.Equal(learned.Visits[comparison.V.At], comparison.V.VisitsAt);
        Assert.Equal(7.776, comparison.V.VisitWeightedMean, 1e-9);
        // TD acts by the policy it evaluates, which is the exact solution's own.
        Assert.Equal(0, comparison.Policy.Maximum, 1e-12);
        Assert.Null(comparison.Q);
        Assert.Equal(5, comparison.Steps);
        var lines = comparison.ToString().Split(Environment.NewLine);
        Assert.Equal(3, lines.Length);
        Assert.Equal("Learned values against the exact solution, after 5 steps:", lines[0]);
        Assert.StartsWith("  |V − V*|: max 8.1 at ", lines[1]);
        Assert.EndsWith("visit-weighted mean 7.776", lines[1]);
        Assert.StartsWith("  TV(π, π*): max 0 at ", lines[2]);
    }

    [Fact]
    public void The_worst_pair_is_named_with_its_visits()
    {
        var model = Chain.Compile();
        var exact = model.ValueIteration();

        // Q-learning at step size 1 over two walks of the chain: the first sets Q(3) = 1 (the reward), the second
        // Q(2) = Q(3) = 1, while Q(0) and Q(1) copy successors that were still 0. Every pair is worth 1, so links 0
        // and 1 are off by 1, each tried twice: max 1 at link 0, weighted mean (2·1 + 2·1) / 8 = 0.5.
        var learned = model.QLearning(new QLearningOptions { Episodes = 2, LearningRate = 1, Exploration = 0 });
        var comparison = learned.CompareWith(exact);

        var q = Assert.IsType<Discrepancy<(Chain.Link, Chain.Wait)>>(comparison.Q);
        Assert.Equal(1, q.Maximum, 1e-12);
        Assert.Equal((new Chain.Link(0), Chain.Wait.Wait), q.At);
        Assert.Equal(2, q.VisitsAt);
        Assert.Equal(0.5, q.VisitWeightedMean, 1e-12);
        var text = comparison.ToString();
        Assert.Contains("|Q − Q*|: max 1 at (Link { Index = 0 }, Wait) (2 visits), visit-weighted mean 0.5", text);
        Assert.Contains("after 8 steps", text);
    }

    [Fact]
    public void A_solution_of_another_model_is_refused()
    {
        var learned = new Loop().Compile().QLearning(new QLearningOptions { Episodes = 1 });
        var other = new Loop { Payoff = 2 }.Compile().ValueIteration();

        var error = Assert.Throws<ArgumentException>(() => learned.CompareWith(other));
        Assert.Equal("exact", error.ParamName);
        Assert.Throws<ArgumentNullException>(() => learned.CompareWith(null!));
    }
}
