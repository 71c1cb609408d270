using System;
using System.Collections.Generic;
using System.Linq;
using MdpDsl;

namespace Samples.Bandit;

/// <summary>
/// The ten-armed testbed of Sutton &amp; Barto (§2.3) as a model with one decision state. Arm a pays its mean q*(a)
/// plus or minus 1 with equal probability (variance 1, as the book's unit normal noise), and the episode ends:
/// one pull per episode. The means are drawn once per bandit from a normal distribution around 4, so that every
/// reward is positive and a learner without a baseline has no sign to tell good pulls from bad ones.
/// </summary>
[Mdp(Discount = 1.0)]
public partial class TenArmedBandit
{
    /// <summary>The mean payout q*(a) of each arm, in arm order.</summary>
    public required IReadOnlyList<double> Means { get; init; }

    [State] public enum Phase { Ready, PaidLess, PaidMore }

    [Action] public enum Arm { One, Two, Three, Four, Five, Six, Seven, Eight, Nine, Ten }

    [Initial] public static Phase Start => Phase.Ready;

    [Terminal] public static bool IsPaid(Phase phase) => phase != Phase.Ready;

    [Reward] public double Payout(Phase phase, Arm arm, Phase next) => Means[(int)arm] + (next == Phase.PaidMore ? 1 : -1);

    [Transition]
    public static IEnumerable<(Phase, double)> Pull(Phase phase, Arm arm)
    {
        yield return (Phase.PaidLess, 0.5);
        yield return (Phase.PaidMore, 0.5);
    }

    /// <summary>A bandit whose means are drawn from N(4, 1) with <paramref name="seed"/>.</summary>
    public static TenArmedBandit Draw(int seed)
    {
        var random = new Random(seed);
        // Box–Muller: two uniforms make one standard normal.
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return new TenArmedBandit { Means = Actions.Select(_ => 4 + Normal()).ToArray() };
    }

    /// <summary>The arm with the largest mean.</summary>
    public Arm Best => Actions.MaxBy(arm => Means[(int)arm]);
}
