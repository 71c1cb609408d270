using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

/// <summary>An option outside its range is rejected before any learning, by an exception that names the option.</summary>
public class OptionValidationTests
{
    public static TheoryData<string, string> BadOptions => new()
    {
        { "zero episodes", nameof(LearnerOptions.Episodes) },
        { "zero step limit", nameof(LearnerOptions.StepLimit) },
        { "discount 0", nameof(LearnerOptions.Discount) },
        { "discount above 1", nameof(LearnerOptions.Discount) },
        { "learning rate 0", nameof(LearnerOptions.LearningRate) },
        { "learning rate above 1", nameof(LearnerOptions.LearningRate) },
        { "learning rate NaN", nameof(LearnerOptions.LearningRate) },
        { "learning rate decaying faster than 1/n", nameof(LearnerOptions.LearningRate) },
        { "negative ε", nameof(EpsilonGreedyOptions.Exploration) },
        { "ε above 1", nameof(EpsilonGreedyOptions.Exploration) },
        { "SARSA ε above 1", nameof(EpsilonGreedyOptions.Exploration) },
        { "temperature 0", nameof(SoftQLearningOptions.Temperature) },
        { "negative temperature", nameof(SoftQLearningOptions.Temperature) },
        { "infinite temperature", nameof(SoftQLearningOptions.Temperature) },
        { "actor learning rate 0", nameof(ActorCriticOptions.ActorLearningRate) },
        { "negative entropy weight", nameof(PolicyGradientOptions.Entropy) },
        { "NaN entropy weight", nameof(PolicyGradientOptions.Entropy) },
        { "negative actor-critic temperature", nameof(ActorCriticOptions.Temperature) },
        { "infinite actor-critic temperature", nameof(ActorCriticOptions.Temperature) },
        { "baseline learning rate above 1", nameof(PolicyGradientOptions.BaselineLearningRate) },
        { "TD learning rate 0", nameof(LearnerOptions.LearningRate) },
        { "SAC temperature 0", nameof(SacOptions.Temperature) },
        { "target entropy above log |A|", nameof(SacOptions.TargetEntropy) },
        { "negative target entropy", nameof(SacOptions.TargetEntropy) },
        { "batch of 0", nameof(SacOptions.BatchSize) },
        { "replay smaller than a batch", nameof(SacOptions.ReplayCapacity) },
        { "target smoothing 0", nameof(SacOptions.TargetSmoothing) },
        { "temperature learning rate 0", nameof(SacOptions.TemperatureLearningRate) },
    };

    private static readonly Dictionary<string, Func<Lake.Model, object>> Runs = new()
    {
        ["zero episodes"] = m => m.QLearning(new QLearningOptions { Episodes = 0 }),
        ["zero step limit"] = m => m.QLearning(new QLearningOptions { StepLimit = 0 }),
        ["discount 0"] = m => m.QLearning(new QLearningOptions { Discount = 0 }),
        ["discount above 1"] = m => m.QLearning(new QLearningOptions { Discount = 1.01 }),
        ["learning rate 0"] = m => m.QLearning(new QLearningOptions { LearningRate = 0 }),
        ["learning rate above 1"] = m => m.QLearning(new QLearningOptions { LearningRate = 1.5 }),
        ["learning rate NaN"] = m => m.QLearning(new QLearningOptions { LearningRate = double.NaN }),
        ["learning rate decaying faster than 1/n"] = m => m.QLearning(new QLearningOptions { LearningRate = Schedule.Decaying(1, 1.5) }),
        ["negative ε"] = m => m.QLearning(new QLearningOptions { Exploration = -0.1 }),
        ["ε above 1"] = m => m.QLearning(new QLearningOptions { Exploration = 1.1 }),
        ["SARSA ε above 1"] = m => m.Sarsa(new SarsaOptions { Exploration = 1.1 }),
        ["temperature 0"] = m => m.SoftQLearning(new SoftQLearningOptions { Temperature = 0 }),
        ["negative temperature"] = m => m.SoftQLearning(new SoftQLearningOptions { Temperature = -1 }),
        ["infinite temperature"] = m => m.SoftQLearning(new SoftQLearningOptions { Temperature = double.PositiveInfinity }),
        ["actor learning rate 0"] = m => m.ActorCritic(new ActorCriticOptions { ActorLearningRate = 0 }),
        ["negative entropy weight"] = m => m.PolicyGradient(new PolicyGradientOptions { Entropy = -0.1 }),
        ["NaN entropy weight"] = m => m.PolicyGradient(new PolicyGradientOptions { Entropy = double.NaN }),
        ["negative actor-critic temperature"] = m => m.ActorCritic(new ActorCriticOptions { Temperature = -0.1 }),
        ["infinite actor-critic temperature"] = m => m.ActorCritic(new ActorCriticOptions { Temperature = double.PositiveInfinity }),
        ["baseline learning rate above 1"] = m => m.PolicyGradient(new PolicyGradientOptions { BaselineLearningRate = 2 }),
        ["TD learning rate 0"] = m => m.TdLearning(m.UniformPolicy(), new TdOptions { LearningRate = 0 }),
        ["SAC temperature 0"] = m => m.Sac(new SacOptions { Temperature = 0 }),
        ["target entropy above log |A|"] = m => m.Sac(new SacOptions { TargetEntropy = Math.Log(4) + 1e-9 }),
        ["negative target entropy"] = m => m.Sac(new SacOptions { TargetEntropy = -0.1 }),
        ["batch of 0"] = m => m.Sac(new SacOptions { BatchSize = 0 }),
        ["replay smaller than a batch"] = m => m.Sac(new SacOptions { BatchSize = 32, ReplayCapacity = 31 }),
        ["target smoothing 0"] = m => m.Sac(new SacOptions { TargetSmoothing = 0 }),
        ["temperature learning rate 0"] = m => m.Sac(new SacOptions { TemperatureLearningRate = 0 }),
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_bad_option_is_rejected_by_name(string option, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Runs[option](new Lake().Compile()));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void The_message_gives_the_range()
    {
        var model = new Lake().Compile();
        Message("LearningRate must start in (0, 1].", () => model.QLearning(new QLearningOptions { LearningRate = 1.5 }));
        Message("Exploration must start in [0, 1].", () => model.QLearning(new QLearningOptions { Exploration = 1.1 }));
        Message("The decay exponent of LearningRate must lie in [0, 1].", () => model.QLearning(new QLearningOptions { LearningRate = Schedule.Decaying(1, 1.5) }));
        Message("The decay exponent of Exploration must lie in [0, 1].", () => model.QLearning(new QLearningOptions { Exploration = Schedule.Decaying(0.5, 2) }));
        Message("The batch size must be at least 1.", () => model.Sac(new SacOptions { BatchSize = 0 }));
        Message("The replay buffer must hold at least a batch (32).", () => model.Sac(new SacOptions { BatchSize = 32, ReplayCapacity = 31 }));
        Message("The target smoothing τ must lie in (0, 1].", () => model.Sac(new SacOptions { TargetSmoothing = 0 }));
        Message("The target copy interval must be at least 1 batch.", () => model.Sac(new SacOptions { TargetCopyInterval = 0 }));

        static void Message(string expected, Action run) => Assert.StartsWith(expected, Assert.Throws<ArgumentOutOfRangeException>(run).Message);
    }

    [Fact]
    public void A_schedule_prints_as_its_formula()
    {
        Assert.Equal("0.1", Schedule.Constant(0.1).ToString());
        Assert.Equal("1·n^-0.7", Schedule.Decaying(1, 0.7).ToString());
    }

    [Fact]
    public void The_edges_of_the_ranges_are_accepted()
    {
        var model = new Lake().Compile();
        model.QLearning(new QLearningOptions { Episodes = 1, LearningRate = 1, Exploration = 0, Discount = 1 });
        model.QLearning(new QLearningOptions { Episodes = 1, Exploration = 1, LearningRate = Schedule.Decaying(1, 1) });
        model.Sac(new SacOptions { Episodes = 1, TargetEntropy = Math.Log(4), TargetSmoothing = 1 });
        model.Sac(new SacOptions { Episodes = 1, TargetEntropy = 0 });
    }
}
