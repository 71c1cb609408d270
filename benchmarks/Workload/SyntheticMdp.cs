using System;

namespace MdpDsl.Benchmarks.Workload;

/// <summary>
/// The seeded generator of random sparse MDPs, following WORKLOAD.md's algorithm: each pair's K successors are a
/// uniform K-subset of the states (drawn with rejection, stored ascending), p_k = u_k / Σu with u ~ U[0, 1), and
/// r(s, a) ~ U[-1, 0). It draws from its own xoshiro256** stream, not numpy's PCG64, so it does not reproduce the
/// bytes of gen_mdp.py's files; the same arguments always give the same table.
/// </summary>
public static class SyntheticMdp
{
    /// <summary>The discount WORKLOAD.md fixes for every size.</summary>
    public const double DefaultDiscount = 0.99;

    /// <summary>WORKLOAD.md's "small" shape: 10,000 states, 4 actions, 4 successors.</summary>
    public static SparseMdp Small(long seed = 1001) => Generate(10_000, 4, 4, seed);

    /// <summary>WORKLOAD.md's "medium" shape: 1,000,000 states, 4 actions, 8 successors.</summary>
    public static SparseMdp Medium(long seed = 1002) => Generate(1_000_000, 4, 8, seed);

    /// <summary>Generates a table with <paramref name="states"/> states, <paramref name="actions"/> actions and <paramref name="successors"/> distinct successors per pair.</summary>
    /// <exception cref="ArgumentException">A size is not positive, K exceeds S, or the table would not fit in .NET arrays.</exception>
    public static SparseMdp Generate(int states, int actions, int successors, long seed, double discount = DefaultDiscount)
    {
        var layout = TabMdpLayout.Create(states, actions, successors);
        if (successors > states)
            throw new ArgumentException($"K = {successors} distinct successors cannot be drawn from S = {states} states.", nameof(successors));
        if (!(discount > 0 && discount <= 1))
            throw new ArgumentOutOfRangeException(nameof(discount), discount, "The discount must lie in (0, 1].");

        // The three draws come in WORKLOAD.md's order (successors, then probabilities, then rewards), each over
        // the whole table, so that changing how one is drawn leaves the others' streams recognisable.
        var random = new Xoshiro256StarStar(unchecked((ulong)seed));
        var successorArray = new int[layout.Entries];
        var probabilities = new double[layout.Entries];
        var rewards = new double[layout.Pairs];
        for (var row = 0; row < layout.Pairs; row++)
            DrawSubset(ref random, states, successorArray.AsSpan(row * successors, successors));
        for (var row = 0; row < layout.Pairs; row++)
            DrawDistribution(ref random, probabilities.AsSpan(row * successors, successors));
        for (var pair = 0; pair < rewards.Length; pair++)
            rewards[pair] = random.NextDouble() - 1.0; // exact: [0, 1) − 1 is [-1, 0)
        return new SparseMdp(states, actions, successors, discount, seed, successorArray, probabilities, rewards);
    }

    /// <summary>A uniform K-subset, ascending: draw K states, sort, and redraw the whole row while it repeats a state.</summary>
    private static void DrawSubset(ref Xoshiro256StarStar random, int states, Span<int> row)
    {
        do
        {
            for (var k = 0; k < row.Length; k++)
                row[k] = random.NextInt(states);
            row.Sort();
        }
        while (HasRepeat(row));
    }

    private static bool HasRepeat(ReadOnlySpan<int> sorted)
    {
        for (var k = 1; k < sorted.Length; k++)
        {
            if (sorted[k] == sorted[k - 1])
                return true;
        }
        return false;
    }

    /// <summary>p_k = u_k / Σu; a row of all-zero draws (probability 2^-53K) is drawn again rather than divided by 0.</summary>
    private static void DrawDistribution(ref Xoshiro256StarStar random, Span<double> row)
    {
        double sum;
        do
        {
            sum = 0;
            for (var k = 0; k < row.Length; k++)
                sum += row[k] = random.NextDouble();
        }
        while (sum == 0);
        for (var k = 0; k < row.Length; k++)
            row[k] /= sum;
    }
}
