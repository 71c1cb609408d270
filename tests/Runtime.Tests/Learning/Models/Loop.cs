namespace MdpDsl.Runtime.Tests.Learning.Models;

/// <summary>
/// Three spots in a ring with no terminal state, deterministic: Stay, Next (around the ring) or Jump (to spot 2,
/// allowed only from spot 0). Every step pays <see cref="Payoff"/>. Episodes end only at the step limit.
/// </summary>
[Mdp(Discount = 0.9)]
public partial class Loop
{
    public double Payoff { get; init; } = 1;

    [State]
    public readonly record struct Spot([Range(0, 2)] int Index);

    [Action]
    public enum Go { Stay, Next, Jump }

    [Initial]
    public static Spot Start => new(0);

    [Allowed]
    public static bool CanGo(Spot spot, Go go) => go != Go.Jump || spot.Index == 0;

    [Reward]
    public double Pay(Spot spot, Go go) => Payoff;

    [Transition]
    public static Spot Step(Spot spot, Go go) => go switch
    {
        Go.Stay => spot,
        Go.Next => new Spot((spot.Index + 1) % 3),
        _ => new Spot(2),
    };
}
