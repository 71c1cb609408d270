using System;
using System.Linq;
using MdpDsl;
using static Samples.Inventory.Inventory;

namespace Samples.Inventory;

/// <summary>The two approximate learners of the sample, as it configures them.</summary>
public enum Learner
{
    /// <summary>Soft Q-learning on a linear critic.</summary>
    SoftQLearning,

    /// <summary>Soft actor-critic on a linear critic and a linear actor.</summary>
    Sac,
}

/// <summary>
/// How the sample learns a shop and how it measures a learned policy against the exact one: soft Q-learning and SAC
/// on the generated features, with replay and a target critic, at <see cref="Temperature"/>.
/// </summary>
public static class ShopLearners
{
    /// <summary>The temperature of the soft objective the learners and exact soft value iteration share.</summary>
    public const double Temperature = 0.1;

    /// <summary>
    /// Learns from <paramref name="simulator"/>. The critic starts optimistic, at the most a step can pay (one sale)
    /// for ever, so that a refill is tried until its value is learned: at this low temperature a critic that starts
    /// at 0 never retries a refill once doing nothing looks better.
    /// </summary>
    public static ApproximateResult<Shelves, Refill> Learn(Learner learner, ISimulator<Shelves, Refill> simulator, int episodes, int seed)
    {
        var optimistic = Footfall * Price / (1 - simulator.Discount);
        var critic = new LinearSoftCritic<Shelves>(Encoder, simulator.Actions.Count, initialValue: optimistic);
        return learner == Learner.SoftQLearning
            ? simulator.SoftQLearning(critic, new SoftQLearningOptions
            {
                Temperature = Temperature, Episodes = episodes, LearningRate = 0.05,
                BatchSize = 16, ReplayCapacity = 20_000, TargetSmoothing = 0.01, Seed = seed,
            })
            : simulator.Sac(critic, new LinearSoftActor<Shelves>(Encoder, simulator.Actions.Count, (s, a) => simulator.IsAllowed(s, simulator.Actions[a])), new SacOptions
            {
                Temperature = Temperature, Episodes = episodes, LearningRate = 0.05, ActorLearningRate = 0.1,
                BatchSize = 16, ReplayCapacity = 20_000, TargetSmoothing = 0.01, Seed = seed,
            });
    }

    /// <summary>The mean over the model's states of the total variation ½ Σ_a |π(a|s) − π′(a|s)| between two policies.</summary>
    public static double MeanTotalVariation(Model model, Policy<Shelves, Refill> policy, Policy<Shelves, Refill> other) =>
        model.States.Average(s => 0.5 * model.Actions.Where(a => model.IsAllowed(s, a))
            .Sum(a => Math.Abs(policy.Probability(s, a) - other.Probability(s, a))));
}
