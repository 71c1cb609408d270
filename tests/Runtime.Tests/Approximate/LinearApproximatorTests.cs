using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Approximate;

/// <summary>
/// The linear actor and critic: their normalized steps against hand-computed weights, the bias, the checks of their
/// arguments and of the encoder's features, and the catalog's refusals of missing arguments.
/// </summary>
public class LinearApproximatorTests
{
    /// <summary>φ(s) = (s, 0), so that with the bias ‖φ‖² = s² + 1.</summary>
    private static readonly FunctionEncoder<int> Line = new(2, (s, i) => i == 0 ? s : 0);

    [Fact]
    public void The_actors_step_is_normalized_by_the_features_squared_norm_and_moves_only_the_actions_with_a_gradient()
    {
        var actor = new LinearSoftActor<int>(Line, actionCount: 3);

        // φ(2) = (2, 0, 1): ‖φ‖² = 5, so θ_1 ← θ_1 − 0.1 · 1 · φ / 5.
        actor.Descend(2, [0, 1, 0], learningRate: 0.1);

        Assert.Equal(3, actor.WeightCount);
        Assert.Equal([0.0, 0, 0], actor.Weights(0).ToArray());
        Near([-0.04, 0, -0.02], actor.Weights(1));
        Assert.Equal([0.0, 0, 0], actor.Weights(2).ToArray());
    }

    [Fact]
    public void The_critics_step_is_normalized_by_the_features_squared_norm()
    {
        var critic = new LinearSoftCritic<int>(Line, actionCount: 2);

        // w_1 ← w_1 + 0.5 · (10 − 0) · φ / ‖φ‖², φ(2) = (2, 0, 1): Q(2, 1) moves halfway to the target, to 5.
        critic.Update(2, 1, target: 10, learningRate: 0.5);

        Near([2, 0, 1], critic.Weights(1));
        Approx.Equal(5, critic.Value(2, 1), 1e-15, "Q(2, 1)");
        Assert.Equal(0, critic.Value(2, 0));
    }

    [Fact]
    public void Without_features_or_bias_a_state_teaches_nothing()
    {
        var zero = new FunctionEncoder<int>(1, (_, _) => 0);
        var actor = new LinearSoftActor<int>(zero, 2, bias: false);
        var critic = new LinearSoftCritic<int>(zero, 2, bias: false);

        actor.Descend(0, [1, -1], 0.5);
        critic.Update(0, 0, 3, 0.5);

        Assert.Equal([0.0], actor.Weights(0).ToArray());
        Assert.Equal([0.0], critic.Weights(0).ToArray());
        Assert.Equal(1, actor.WeightCount);
    }

    [Fact]
    public void One_action_is_enough_and_it_has_probability_one()
    {
        var actor = new LinearSoftActor<int>(Line, actionCount: 1, bias: false);
        var critic = new LinearSoftCritic<int>(Line, actionCount: 1);
        var probabilities = new double[1];

        actor.Probabilities(3, probabilities);

        Assert.Equal([1.0], probabilities);
        Assert.Equal(0, critic.Value(3, 0));
    }

    [Fact]
    public void A_state_that_allows_no_action_has_no_policy()
    {
        var actor = new LinearSoftActor<int>(Line, 2, isAllowed: (s, _) => s != 4);

        var error = Assert.Throws<ArgumentException>(() => actor.Probabilities(4, new double[2]));

        Assert.Equal("state", error.ParamName);
        Assert.StartsWith("State 4 allows no action, so there is no policy there.", error.Message);
    }

    [Fact]
    public void Bad_arguments_are_refused_by_name()
    {
        Refused<ArgumentOutOfRangeException>("actionCount", "An actor needs at least one action.", () => new LinearSoftActor<int>(Line, 0));
        Refused<ArgumentOutOfRangeException>("actionCount", "A critic needs at least one action.", () => new LinearSoftCritic<int>(Line, 0));
        Refused<ArgumentOutOfRangeException>("initialValue", "The initial value must be finite.", () => new LinearSoftCritic<int>(Line, 2, initialValue: double.NaN));
        Assert.Equal("encoder", Assert.Throws<ArgumentNullException>(() => new LinearSoftActor<int>(null!, 2)).ParamName);
        Refused<ArgumentException>("encoder", "The encoder has 0 features: a linear approximator needs at least one, or a bias.",
            () => new LinearSoftActor<int>(new FunctionEncoder<int>(0, (_, _) => 0), 2, bias: false));
        Refused<ArgumentException>("encoder", "The encoder reports -1 features; a feature count cannot be negative.",
            () => new LinearSoftCritic<int>(new FunctionEncoder<int>(-1, (_, _) => 0), 2));

        var actor = new LinearSoftActor<int>(Line, 2);
        var critic = new LinearSoftCritic<int>(Line, 2);
        Refused<ArgumentOutOfRangeException>("action", "The action index must lie in [0, 2).", () => actor.Weights(2));
        Refused<ArgumentOutOfRangeException>("action", "The action index must lie in [0, 2).", () => critic.Weights(2));
        Refused<ArgumentOutOfRangeException>("action", "The action index must lie in [0, 2).", () => critic.Value(0, -1));
        Refused<ArgumentException>("probabilities", "The span holds 1 entries, fewer than the 2 actions.", () => actor.Probabilities(0, new double[1]));
    }

    [Fact]
    public void A_feature_that_is_not_finite_is_named_with_the_state_and_for_a_critic_the_action()
    {
        var encoder = new FunctionEncoder<int>(3, (s, i) => i == 1 && s == 5 ? double.NegativeInfinity : 1);

        var critic = Assert.Throws<ArgumentException>(() => new LinearSoftCritic<int>(encoder, 2).Value(5, 0));
        var actor = Assert.Throws<ArgumentException>(() => new LinearSoftActor<int>(encoder, 2).Probabilities(5, new double[2]));

        Assert.StartsWith("The encoder gave feature 1 = -∞ for state 5 (action index 0); features must be finite.", critic.Message);
        Assert.StartsWith("The encoder gave feature 1 = -∞ for state 5; features must be finite.", actor.Message);
    }

    [Fact]
    public void The_catalog_refuses_a_missing_simulator_critic_actor_or_policy_by_name()
    {
        var simulator = new Corridor((_, _) => -1);
        ISimulator<int, Corridor.Go> none = null!;
        var critic = new LinearSoftCritic<int>(Line, 2);
        var actor = new LinearSoftActor<int>(Line, 2);

        Assert.Equal("simulator", Missing(() => none.SoftQLearning(Line)));
        Assert.Equal("simulator", Missing(() => none.SoftQLearning(critic)));
        Assert.Equal("critic", Missing(() => simulator.SoftQLearning((ISoftCritic<int>)null!)));
        Assert.Equal("simulator", Missing(() => none.Sac(Line)));
        Assert.Equal("simulator", Missing(() => none.Sac(critic, actor)));
        Assert.Equal("critic", Missing(() => simulator.Sac(null!, actor)));
        Assert.Equal("actor", Missing(() => simulator.Sac(critic, null!)));
        Assert.Equal("policy", Missing(() => simulator.Evaluate((Func<int, Corridor.Go>)null!, 10, 1)));
        Assert.Equal("policy", Missing(() => simulator.Evaluate((ApproximatePolicy<int, Corridor.Go>)null!, 10, 1)));
        Assert.Equal("simulator", Missing(() => none.Evaluate(_ => Corridor.Go.Right, 10, 1)));

        static string? Missing(Action call) => Assert.Throws<ArgumentNullException>(call).ParamName;
    }

    [Fact]
    public void Monte_Carlo_evaluation_needs_two_rollouts_and_a_discount_in_zero_to_one()
    {
        var simulator = new Corridor((_, _) => -1);

        Refused<ArgumentOutOfRangeException>("episodes", "At least two rollouts are needed for a standard error.", () => simulator.Evaluate(_ => Corridor.Go.Right, 1, 1));
        Refused<ArgumentOutOfRangeException>("discount", "The discount must lie in (0, 1].", () => simulator.Evaluate(_ => Corridor.Go.Right, 10, 1, discount: 1.5));
        Refused<ArgumentOutOfRangeException>("discount", "The discount must lie in (0, 1].", () => simulator.Evaluate(_ => Corridor.Go.Right, 10, 1, discount: 0));

        // Two rollouts and γ = 1 are allowed: every step of the walk to the right costs 1.
        var estimate = simulator.Evaluate(_ => Corridor.Go.Right, 2, 1, discount: 1);
        Assert.Equal(2, estimate.Episodes);
        Assert.Equal(-4, estimate.Mean);
    }

    [Fact]
    public void A_learned_policy_reads_its_actor_state_by_state_and_acts_by_the_first_of_equals()
    {
        // One-hot features without bias: a step in state 1 moves that state's logits only. No batch is replayed in one
        // episode of at most 20 steps, so the actor is still uniform when the run returns.
        var actor = new LinearSoftActor<int>(new IndexOneHot<int>(s => s, 5), 2, bias: false);
        var critic = new LinearSoftCritic<int>(new IndexOneHot<int>(s => s, 5), 2, bias: false);
        var policy = new Corridor((_, _) => -1).Sac(critic, actor, new SacOptions { Episodes = 1, BatchSize = 100, ReplayCapacity = 100 }).Policy;
        actor.Descend(1, [1, 0], learningRate: 0.5);

        var row = new double[2];
        policy.Probabilities(1, row);
        Assert.Equal(0.5, policy.Probability(0, Corridor.Go.Left));
        Assert.Equal(row[0], policy.Probability(1, Corridor.Go.Left));
        Assert.True(row[0] < 0.5);
        Assert.Equal(Corridor.Go.Left, policy.Act(0));
        Assert.Equal(Corridor.Go.Right, policy.Act(1));

        Assert.Equal("random", Assert.Throws<ArgumentNullException>(() => policy.Sample(0, null!)).ParamName);
        Refused<ArgumentOutOfRangeException>("action", "7 is not an action of this policy.", () => policy.Probability(0, (Corridor.Go)7));
        Refused<ArgumentException>("probabilities", "The span holds 1 entries, fewer than the 2 actions.", () => policy.Probabilities(0, new double[1]));
    }

    private static void Near(double[] expected, ReadOnlySpan<double> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], actual[i], 1e-15);
    }

    private static void Refused<TException>(string parameter, string message, Action call)
        where TException : ArgumentException
    {
        var error = Assert.Throws<TException>(call);
        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(message, error.Message);
    }
}
