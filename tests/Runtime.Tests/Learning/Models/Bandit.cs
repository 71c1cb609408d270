namespace MdpDsl.Runtime.Tests.Learning.Models;

/// <summary>
/// A four-armed Bernoulli bandit as a model with one decision state: pulling arm a wins 1 with probability
/// <see cref="WinProbabilities"/>[a] and ends the episode either way. The expected reward of an arm is its win
/// probability, so the closed forms are at hand: the best arm is D, and the entropy-regularized optimum at
/// weight β is π(a) ∝ exp(p(a) / β).
/// </summary>
[Mdp(Discount = 1.0)]
public partial class Bandit
{
    public static readonly double[] WinProbabilities = { 0.2, 0.4, 0.5, 0.8 };

    [State]
    public enum Phase { Ready, Won, Lost }

    [Action]
    public enum Arm { A, B, C, D }

    [Initial]
    public static Phase Start => Phase.Ready;

    [Terminal]
    public static bool IsOver(Phase phase) => phase != Phase.Ready;

    [Reward]
    public static double Payoff(Phase phase, Arm arm, Phase next) => next == Phase.Won ? 1 : 0;

    [Transition]
    public static IEnumerable<(Phase, double)> Pull(Phase phase, Arm arm)
    {
        yield return (Phase.Won, WinProbabilities[(int)arm]);
        yield return (Phase.Lost, 1 - WinProbabilities[(int)arm]);
    }
}
