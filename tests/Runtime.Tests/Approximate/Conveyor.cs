namespace MdpDsl.Runtime.Tests.Approximate;

/// <summary>
/// A model whose soft optimal Q is exactly affine in the position y = x / (n − 1) ∈ [0, 1]: the reward is
/// c_a + β y, and the successor does not depend on where the step starts, only on the action: Low lands uniformly
/// on the lower half of the positions, High on the upper half. The soft value then has the closed form in
/// <see cref="SoftQ"/>, so a linear critic on (y, 1) can represent it exactly.
/// </summary>
[Mdp(Discount = 0.9)]
public partial class Conveyor
{
    public const int Positions = 10;

    /// <summary>β: the reward per unit of y.</summary>
    public const double Slope = 1;

    [State]
    public readonly record struct Position([Range(0, Positions - 1)] int X)
    {
        public double Y => (double)X / (Positions - 1);
    }

    [Action]
    public enum Lever { Low, High }

    [Initial]
    public static Position Start => new(0);

    /// <summary>c_a: High costs 0.3 now for the better positions it leads to.</summary>
    public static double Cost(Lever a) => a == Lever.High ? -0.3 : 0;

    [Reward]
    public static double Reward(Position s, Lever a) => Cost(a) + Slope * s.Y;

    [Transition]
    public static IEnumerable<(Position, double)> Step(Position s, Lever a)
    {
        var first = a == Lever.Low ? 0 : Positions / 2;
        for (var x = first; x < first + Positions / 2; x++)
            yield return (new Position(x), 1.0 / (Positions / 2));
    }

    /// <summary>μ_a: the mean of y over the positions action <paramref name="a"/> lands on.</summary>
    public static double MeanLanding(Lever a) => Step(default, a).Sum(t => t.Item2 * t.Item1.Y);

    /// <summary>
    /// The soft optimal Q at temperature T, in closed form. With V(y) = β y + K, the successor's expected value after
    /// action a is β μ_a + K, so Q(y, a) = c_a + β y + γ (β μ_a + K), and V = T log Σ_a exp(Q / T) gives
    /// (1 − γ) K = T log Σ_a exp((c_a + γ β μ_a) / T).
    /// </summary>
    public static double SoftQ(Position s, Lever a, double temperature, double discount = 0.9)
    {
        var k = temperature * Math.Log(Enum.GetValues<Lever>().Sum(b => Math.Exp((Cost(b) + discount * Slope * MeanLanding(b)) / temperature))) / (1 - discount);
        return Cost(a) + Slope * s.Y + discount * (Slope * MeanLanding(a) + k);
    }
}
