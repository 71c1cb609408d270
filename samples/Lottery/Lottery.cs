using System.Collections.Generic;
using MdpDsl;

namespace Samples.Lottery;

/// <summary>
/// One risky decision, then two steps of living with it. At the start the agent either plays it safe, which costs
/// 1.5 a step from then on, or buys a lottery ticket: with probability <see cref="WinProbability"/> it wins and
/// pays nothing more; otherwise it is broke and pays 3 a step. The ticket is the worse choice on average.
/// </summary>
/// <remarks>
/// Rewards are costs (≤ 0), so p(O = 1 | s, a) = exp(r) is a probability and log p(O) is a true log-probability;
/// <see cref="Optimality.Exponential"/> has the compiler and <c>Compile()</c> check that. After the draw both
/// choices leave the fortune as it is: every state then has the same two actions, which keeps the bookkeeping of
/// the uniform action prior to one log 2 per step.
/// </remarks>
[Mdp(Horizon = 3, Likelihood = Optimality.Exponential)]
public partial class Lottery
{
    /// <summary>The chance that the ticket wins.</summary>
    public double WinProbability { get; init; } = 0.1;

    [State] public enum Fortune { Start, Steady, Jackpot, Broke }

    [Action] public enum Choice { Safe, Ticket }

    [Initial] public static Fortune Begin => Fortune.Start;

    [Reward]
    public static double Cost(Fortune s) => s switch
    {
        Fortune.Steady => -1.5,
        Fortune.Broke => -3,
        _ => 0,
    };

    [Transition]
    public IEnumerable<(Fortune Next, double Probability)> Draw(Fortune s, Choice a)
    {
        if (s != Fortune.Start)
        {
            yield return (s, 1);
        }
        else if (a == Choice.Safe)
        {
            yield return (Fortune.Steady, 1);
        }
        else
        {
            yield return (Fortune.Jackpot, WinProbability);
            yield return (Fortune.Broke, 1 - WinProbability);
        }
    }
}
