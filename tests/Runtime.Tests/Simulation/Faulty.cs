namespace MdpDsl.Runtime.Tests.Simulation;

/// <summary>What <see cref="Faulty"/> gets wrong when it leaves level 2.</summary>
public enum Fault { SumBelowOne, NegativeProbability, BeyondRange, NaNReward, PositiveReward, Throws }

/// <summary>
/// A lift that climbs a level per step and is correct everywhere but at level 2, where it commits its
/// <see cref="Fault"/>: a simulator reaches that step on the third step of an episode, and <c>Compile()</c> reaches it
/// while it walks the table, so the two can be compared message for message.
/// </summary>
[Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)]
public partial class Faulty
{
    public Fault Fault { get; init; }

    /// <summary>The probability of staying at level 2 under <see cref="Fault.SumBelowOne"/>, a parameter so that no analyzer sees the sum.</summary>
    public double Stay { get; init; } = 0.25;

    [State] public readonly record struct Floor([Range(0, 3)] int Level);

    [Action] public enum Lift { Up }

    [Initial] public static Floor Ground => new(0);

    [Terminal] public static bool AtTop(Floor floor) => floor.Level == 3;

    [Reward]
    public double Cost(Floor floor, Lift lift) => floor.Level != 2 ? -1 : Fault switch
    {
        Fault.NaNReward => double.NaN,
        Fault.PositiveReward => Math.Abs(floor.Level - 0.5),
        _ => -1,
    };

    [Transition]
    public IEnumerable<(Floor, double)> Climb(Floor floor, Lift lift)
    {
        if (floor.Level != 2)
            return new[] { (new Floor(floor.Level + 1), 1.0) };
        return Fault switch
        {
            Fault.SumBelowOne => new[] { (new Floor(3), 0.5), (new Floor(2), Stay) },
            Fault.NegativeProbability => new[] { (new Floor(3), 1 + Stay), (new Floor(2), -Stay) },
            Fault.BeyondRange => new[] { (new Floor(7), 1.0) },
            Fault.Throws => throw new InvalidOperationException("the cable snapped"),
            _ => new[] { (new Floor(3), 1.0) },
        };
    }
}
