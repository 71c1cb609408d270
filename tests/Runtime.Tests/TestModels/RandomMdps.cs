using CsCheck;

namespace MdpDsl.Runtime.Tests.TestModels;

/// <summary>A random MDP with the discount it is solved under.</summary>
public sealed record RandomMdp(MdpArrays Arrays, double Discount)
{
    public override string ToString()
    {
        var m = Arrays;
        var rows = Enumerable.Range(0, m.StateCount).Select(s => m.Terminal[s]
            ? $"  {s}: terminal"
            : $"  {s}: " + string.Join("; ", Enumerable.Range(0, m.ActionCount).Where(a => m.Allowed[s, a])
                .Select(a => $"{(Act)a} r={m.Reward[s, a]:R} -> " + string.Join(",", m.Successors[s, a].Select(x => $"{x.Next}:{x.Probability:R}")))));
        return $"γ={Discount:R}, {m.StateCount} states, {m.ActionCount} actions\n" + string.Join("\n", rows);
    }
}

/// <summary>CsCheck generators of small random MDPs.</summary>
public static class RandomMdps
{
    /// <summary>
    /// 2–12 states, 1–4 actions (each state allows a non-empty subset), 1–4 successors per pair (duplicates
    /// possible, to exercise merging), rewards in [−1, 0], γ in [0.5, 0.95], about a quarter of the states terminal.
    /// </summary>
    public static readonly Gen<RandomMdp> Discounted =
        from states in Gen.Int[2, 12]
        from actions in Gen.Int[1, 4]
        from discount in Gen.Double[0.5, 0.95]
        from terminal in Gen.Int[0, 3].Select(x => x == 0).Array[states]
        from masks in Gen.Int[1, (1 << actions) - 1].Array[states]
        from rewards in Gen.Double[-1, 0].Array[states * actions]
        from rows in Row(states).Array[states * actions]
        select new RandomMdp(Build(states, actions, terminal, masks, rewards, rows), discount);

    /// <summary>The same MDPs, with γ = 1 for one case in four (fine for a finite horizon).</summary>
    public static readonly Gen<RandomMdp> ForFiniteHorizon =
        from mdp in Discounted
        from undiscounted in Gen.Int[0, 3].Select(x => x == 0)
        select undiscounted ? mdp with { Discount = 1 } : mdp;

    private static Gen<(int Next, double Probability)[]> Row(int states) =>
        from count in Gen.Int[1, 4]
        from next in Gen.Int[0, states - 1].Array[count]
        from weights in Gen.Double[0.1, 1].Array[count]
        select next.Zip(weights, (s, w) => (s, w / weights.Sum())).ToArray();

    private static MdpArrays Build(int states, int actions, bool[] terminal, int[] masks, double[] rewards, (int, double)[][] rows)
    {
        var m = new MdpArrays(states, actions);
        for (var s = 0; s < states; s++)
        {
            m.Terminal[s] = terminal[s];
            for (var a = 0; a < actions; a++)
            {
                m.Allowed[s, a] = (masks[s] & (1 << a)) != 0;
                m.Set(s, (Act)a, rewards[s * actions + a], rows[s * actions + a]);
            }
        }
        return m;
    }
}
