namespace MdpDsl.Runtime.Tests.Learning.Models;

/// <summary>
/// Classical conditioning as a model: a cue at link 0 is followed, one deterministic step at a time, by links
/// 1, 2 and 3, and the step into the terminal link 4 delivers a reward of 1. There is one action.
/// </summary>
[Mdp(Discount = 1.0)]
public partial class Chain
{
    public const int Last = 4;

    [State]
    public readonly record struct Link([Range(0, Last)] int Index);

    [Action]
    public enum Wait { Wait }

    [Initial]
    public static Link Cue => new(0);

    [Terminal]
    public static bool IsOver(Link link) => link.Index == Last;

    [Reward]
    public static double Reward(Link link, Wait wait, Link next) => next.Index == Last ? 1 : 0;

    [Transition]
    public static Link Step(Link link, Wait wait) => new(link.Index + 1);
}
