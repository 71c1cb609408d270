namespace MdpDsl.Runtime.Tests.Simulation;

/// <summary>
/// A ferry between three piers whose crossings drift with the current: from each pier, each heading reaches four
/// piers-and-delays with uneven probabilities, one of them listed twice so that duplicates must be summed. The
/// reward depends on where the crossing ends, r(s, a, s′), so a simulator must pay the sampled transition's.
/// </summary>
[Mdp(Discount = 0.9)]
public partial class Ferry
{
    [State] public readonly record struct Crossing([Range(0, 2)] int Pier, bool Late);

    [Action] public enum Heading { Upstream, Downstream }

    [Initial] public static Crossing Start => new(1, false);

    [Reward] public static double Fare(Crossing at, Heading heading, Crossing next) => next.Late ? -1 : 2 + next.Pier;

    [Transition]
    public static IEnumerable<(Crossing, double)> Sail(Crossing at, Heading heading)
    {
        var ahead = (at.Pier + (heading == Heading.Upstream ? 1 : 2)) % 3;
        yield return (new Crossing(ahead, false), 0.4);
        yield return (new Crossing(ahead, true), 0.1);
        yield return (new Crossing(at.Pier, false), 0.2);
        yield return (new Crossing(ahead, false), 0.05);
        yield return (new Crossing((ahead + 1) % 3, true), 0.25);
    }
}
