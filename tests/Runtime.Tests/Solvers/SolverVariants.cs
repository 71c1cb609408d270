using CsCheck;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Solvers;

/// <summary>
/// The random MDPs of <see cref="RandomMdps"/> reshaped for the solvers' variants: deterministic storage, no
/// <c>[Allowed]</c> mask, and stochastic shortest paths (γ = 1) in which every state can reach the end.
/// </summary>
public static class SolverVariants
{
    /// <summary>The same MDPs with each pair reduced to its first successor, compiled to deterministic storage.</summary>
    public static readonly Gen<RandomMdp> Deterministic = RandomMdps.Discounted.Select(mdp =>
    {
        var m = Copy(mdp.Arrays, allowAll: false);
        m.Deterministic = true;
        for (var s = 0; s < m.StateCount; s++)
        {
            for (var a = 0; a < m.ActionCount; a++)
                m.Set(s, (Act)a, m.Reward[s, a], (m.Successors[s, a][0].Next, 1.0));
        }
        return mdp with { Arrays = m };
    });

    /// <summary>The discounted random MDPs of one kind: "masked" (as generated), "unmasked" or "deterministic".</summary>
    public static Gen<RandomMdp> OfKind(string kind) => kind switch
    {
        "masked" => RandomMdps.Discounted,
        "unmasked" => Unmasked,
        _ => Deterministic,
    };

    /// <summary>The same MDPs with every action allowed in every state.</summary>
    public static readonly Gen<RandomMdp> Unmasked = RandomMdps.Discounted.Select(mdp => mdp with { Arrays = Copy(mdp.Arrays, allowAll: true) });

    /// <summary>
    /// Stochastic shortest paths: γ = 1, state 0 terminal, and in every other state A0 allowed and leading to the state
    /// below with probability ½ (its random row shares the other half), so that always taking A0 ends the episode.
    /// Rewards lie in [−1.1, −0.1]: every loop that avoids the end costs something, so every policy that never ends is
    /// worth −∞ and the optimal values are those of a policy that ends (Bertsekas and Tsitsiklis's assumptions).
    /// </summary>
    public static Gen<RandomMdp> ShortestPath(bool deterministic) =>
        (deterministic ? Deterministic : RandomMdps.Discounted).Select(mdp =>
        {
            var m = Copy(mdp.Arrays, allowAll: false);
            m.Deterministic = deterministic;
            m.Terminal[0] = true;
            for (var s = 1; s < m.StateCount; s++)
            {
                m.Allowed[s, 0] = true;
                for (var a = 0; a < m.ActionCount; a++)
                {
                    var row = m.Successors[s, a].ToArray();
                    var successors = a != 0 ? row
                        : deterministic ? new[] { (s - 1, 1.0) }
                        : row.Select(x => (x.Next, x.Probability / 2)).Append((s - 1, 0.5)).ToArray();
                    m.Set(s, (Act)a, m.Reward[s, a] - 0.1, successors);
                }
            }
            return mdp with { Arrays = m, Discount = 1 };
        });

    private static MdpArrays Copy(MdpArrays source, bool allowAll)
    {
        var m = new MdpArrays(source.StateCount, source.ActionCount) { Deterministic = source.Deterministic };
        for (var s = 0; s < source.StateCount; s++)
        {
            m.Terminal[s] = source.Terminal[s];
            for (var a = 0; a < source.ActionCount; a++)
            {
                m.Allowed[s, a] = allowAll || source.Allowed[s, a];
                m.Set(s, (Act)a, source.Reward[s, a], source.Successors[s, a].ToArray());
            }
        }
        return m;
    }
}
