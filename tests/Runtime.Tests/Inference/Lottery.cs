namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// One risky choice: Hold reaches Safe (reward −1 there); Play wins the Jackpot (+2) with probability 0.1 and
/// goes Bust (−10) otherwise. Two steps, then Done. Exact inference is optimistic about Play because it may
/// "choose" the dice; the variational (soft VI) answer is not.
/// </summary>
[Mdp(Horizon = 2)]
public static partial class Lottery
{
    public const double WinProbability = 0.1;

    [State] public enum Spot { Start, Safe, Jackpot, Bust, Done }

    [Action] public enum Choice { Hold, Play }

    [Initial] public static Spot Begin => Spot.Start;

    [Terminal] public static bool IsDone(Spot s) => s == Spot.Done;

    [Reward]
    public static double Reward(Spot s) => s switch
    {
        Spot.Safe => -1,
        Spot.Jackpot => 2,
        Spot.Bust => -10,
        _ => 0,
    };

    [Transition]
    public static IEnumerable<(Spot, double)> Next(Spot s, Choice a)
    {
        if (s != Spot.Start)
        {
            yield return (Spot.Done, 1);
        }
        else if (a == Choice.Hold)
        {
            yield return (Spot.Safe, 1);
        }
        else
        {
            yield return (Spot.Jackpot, WinProbability);
            yield return (Spot.Bust, 1 - WinProbability);
        }
    }
}

/// <summary>A deterministic ring of five cells; moving right earns a cell-dependent reward, staying costs 1.</summary>
[Mdp(Horizon = 6)]
public static partial class Ring
{
    [State] public readonly record struct Cell([Range(0, 4)] int Index);

    [Action] public enum Move { Stay, Right, Left }

    [Initial] public static Cell Origin => new(0);

    [Reward] public static double Reward(Cell s, Move a) => a == Move.Stay ? -1 : -0.25 * s.Index;

    [Transition]
    public static Cell Next(Cell s, Move a) => a switch
    {
        Move.Right => new((s.Index + 1) % 5),
        Move.Left => new((s.Index + 4) % 5),
        _ => s,
    };
}
