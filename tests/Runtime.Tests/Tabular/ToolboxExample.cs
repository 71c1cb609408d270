namespace MdpDsl.Runtime.Tests.Tabular;

/// <summary>
/// pymdptoolbox's <c>mdptoolbox.example.small()</c>: two states, two actions, γ = 0.9, in its array shapes, and the
/// exact values of its four deterministic policies by Cramer's rule, the oracle of the tests that solve it.
/// </summary>
public static class ToolboxExample
{
    public const double Discount = 0.9;

    /// <summary>P[a][s, s′].</summary>
    public static double[][,] Transitions() =>
    [
        new[,] { { 0.5, 0.5 }, { 0.8, 0.2 } },
        new[,] { { 0.0, 1.0 }, { 0.1, 0.9 } },
    ];

    /// <summary>R[s, a].</summary>
    public static double[,] Rewards() => new[,] { { 5.0, 10.0 }, { -1.0, 2.0 } };

    /// <summary>
    /// V of the deterministic policy taking policy[s] in s: the solution of (I − γ P_π) V = r_π, a 2 × 2 system
    /// solved by Cramer's rule; the rewards and discount are example.small()'s unless given.
    /// </summary>
    public static double[] PolicyValue(int[] policy, double[,]? rewards = null, double discount = Discount)
    {
        var (p, r) = (Transitions(), rewards ?? Rewards());
        double M(int s, int next) => (s == next ? 1 : 0) - discount * p[policy[s]][s, next];
        var (b0, b1) = (r[0, policy[0]], r[1, policy[1]]);
        var determinant = M(0, 0) * M(1, 1) - M(0, 1) * M(1, 0);
        return [(b0 * M(1, 1) - M(0, 1) * b1) / determinant, (M(0, 0) * b1 - b0 * M(1, 0)) / determinant];
    }

    /// <summary>The four deterministic policies.</summary>
    public static IEnumerable<int[]> Policies() => from a0 in new[] { 0, 1 } from a1 in new[] { 0, 1 } select new[] { a0, a1 };

    /// <summary>V*: the optimal policy's value dominates every other's, so the best of the four, state by state.</summary>
    public static double[] OptimalValue(double[,]? rewards = null, double discount = Discount)
    {
        var values = Policies().Select(policy => PolicyValue(policy, rewards, discount)).ToArray();
        return [values.Max(v => v[0]), values.Max(v => v[1])];
    }

    /// <summary>The policy whose value is <see cref="OptimalValue"/> in both states.</summary>
    public static int[] OptimalPolicy()
    {
        var best = OptimalValue();
        return Policies().Single(policy => PolicyValue(policy).Zip(best).All(x => Math.Abs(x.First - x.Second) < 1e-9));
    }
}
