namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>A chain of ten cells: staying costs 1,000, moving on costs 1 and succeeds half the time.</summary>
[Mdp(Horizon = 1000, Likelihood = Optimality.Exponential)]
public static partial class CostlyChain
{
    [State] public readonly record struct Cell([Range(0, 9)] int X);

    [Action] public enum Step { Stay, Forward }

    [Initial] public static Cell Start => new(0);

    [Reward] public static double Cost(Cell s, Step a) => a == Step.Stay ? -1000 : -1;

    [Transition]
    public static IEnumerable<(Cell, double)> Next(Cell s, Step a) =>
        a == Step.Stay ? [(s, 1.0)] : [(new Cell(Math.Min(s.X + 1, 9)), 0.5), (s, 0.5)];
}

/// <summary>A discounted model with no horizon: exact inference needs one passed.</summary>
[Mdp(Discount = 0.9)]
public static partial class Discounted
{
    [State] public enum Light { Red, Green }

    [Action] public enum Switch { Keep, Flip }

    [Initial] public static Light Start => Light.Red;

    [Reward] public static double Reward(Light s) => s == Light.Green ? 0 : -1;

    [Transition] public static Light Next(Light s, Switch a) => a == Switch.Keep ? s : s == Light.Red ? Light.Green : Light.Red;
}
