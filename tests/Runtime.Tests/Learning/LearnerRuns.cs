using System.Threading;
using MdpDsl.Runtime.Tests.Learning.Models;

namespace MdpDsl.Runtime.Tests.Learning;

/// <summary>Every learner, run on the <see cref="Loop"/> model with common options, so that a test can hold them all to one rule.</summary>
public static class LearnerRuns
{
    public delegate LearningResult<Loop.Spot, Loop.Go> Run(Loop.Model model, int episodes, int stepLimit, Schedule learningRate, IProgress<LearningProgress>? progress, CancellationToken cancellationToken);

    private static readonly Dictionary<string, Run> Learners = new()
    {
        ["TdLearning"] = (m, e, l, r, p, c) => m.TdLearning(m.UniformPolicy(), new TdOptions { Episodes = e, StepLimit = l, LearningRate = r }, p, c),
        ["QLearning"] = (m, e, l, r, p, c) => m.QLearning(new QLearningOptions { Episodes = e, StepLimit = l, LearningRate = r }, p, c),
        ["Sarsa"] = (m, e, l, r, p, c) => m.Sarsa(new SarsaOptions { Episodes = e, StepLimit = l, LearningRate = r }, p, c),
        ["SoftQLearning"] = (m, e, l, r, p, c) => m.SoftQLearning(new SoftQLearningOptions { Episodes = e, StepLimit = l, LearningRate = r }, p, c),
        ["ActorCritic"] = (m, e, l, r, p, c) => m.ActorCritic(new ActorCriticOptions { Episodes = e, StepLimit = l, LearningRate = r }, p, c),
        ["PolicyGradient"] = (m, e, l, r, p, c) => m.PolicyGradient(new PolicyGradientOptions { Episodes = e, StepLimit = l, LearningRate = r, BaselineLearningRate = r }, p, c),
        ["Sac"] = (m, e, l, r, p, c) => m.Sac(new SacOptions { Episodes = e, StepLimit = l, LearningRate = r, BatchSize = 1 }, progress: p, cancellationToken: c),
    };

    public static TheoryData<string> Names => new(Learners.Keys);

    /// <summary>The learners whose step keeps nothing per step: TD keeps each δ and REINFORCE the episode until it ends.</summary>
    public static TheoryData<string> WithoutPerStepMemory => new(Learners.Keys.Except(new[] { "TdLearning", "PolicyGradient" }));

    public static LearningResult<Loop.Spot, Loop.Go> Invoke(
        string name, Loop.Model model, int episodes = 10, int stepLimit = 20, double learningRate = 0.1,
        IProgress<LearningProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Learners[name](model, episodes, stepLimit, learningRate, progress, cancellationToken);
}
