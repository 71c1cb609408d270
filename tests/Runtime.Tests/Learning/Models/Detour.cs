namespace MdpDsl.Runtime.Tests.Learning.Models;

/// <summary>
/// Two decision states and an end, with stochastic moves and a self-loop, so that an episode takes several steps:
/// from the <see cref="Place.Start"/>, <see cref="Way.Safe"/> ends the episode with 0.5, <see cref="Way.Risky"/>
/// reaches the <see cref="Place.Middle"/> with probability 0.7 and ends otherwise, and <see cref="Way.Back"/> stays
/// for −0.1. From the middle, Safe ends with 1, Risky ends with 2 half the time and falls back to the start
/// otherwise, and Back returns to the start.
/// </summary>
[Mdp(Discount = 0.9)]
public partial class Detour
{
    /// <summary>Multiplies every reward.</summary>
    public double Stake { get; init; } = 1;

    [State]
    public enum Place { Start, Middle, End }

    [Action]
    public enum Way { Safe, Risky, Back }

    [Initial]
    public static Place Begin => Place.Start;

    [Terminal]
    public static bool IsOver(Place place) => place == Place.End;

    [Reward]
    public double Reward(Place place, Way way, Place next) => Stake * (place, way, next) switch
    {
        (Place.Start, Way.Safe, _) => 0.5,
        (Place.Start, Way.Back, _) => -0.1,
        (Place.Middle, Way.Safe, _) => 1,
        (Place.Middle, Way.Risky, Place.End) => 2,
        _ => 0.0,
    };

    [Transition]
    public static IEnumerable<(Place, double)> Go(Place place, Way way)
    {
        switch (place, way)
        {
            case (Place.Start, Way.Safe) or (Place.Middle, Way.Safe):
                yield return (Place.End, 1);
                break;
            case (Place.Start, Way.Risky):
                yield return (Place.Middle, 0.7);
                yield return (Place.End, 0.3);
                break;
            case (Place.Middle, Way.Risky):
                yield return (Place.End, 0.5);
                yield return (Place.Start, 0.5);
                break;
            default:
                yield return (Place.Start, 1);
                break;
        }
    }
}
