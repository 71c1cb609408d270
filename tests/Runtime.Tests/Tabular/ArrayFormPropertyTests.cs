using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Tabular;

/// <summary>
/// On random small MDPs (masks, terminal states, duplicate successors), the dense and the sparse way in give the
/// values of the plain reference value iteration over the same numbers, and the same table as each other.
/// </summary>
public class ArrayFormPropertyTests
{
    [Fact]
    public void Dense_and_sparse_arrays_solve_to_the_reference_values() =>
        Property.ForAll(RandomMdps.Discounted, mdp =>
        {
            var m = mdp.Arrays;
            var (s, a) = (m.StateCount, m.ActionCount);
            var p = Enumerable.Range(0, a).Select(_ => new double[s, s]).ToArray();
            var rows = new (int, double)[s][][];
            for (var state = 0; state < s; state++)
            {
                rows[state] = new (int, double)[a][];
                for (var action = 0; action < a; action++)
                {
                    rows[state][action] = m.Successors[state, action].ToArray();
                    foreach (var (next, probability) in m.Successors[state, action])
                        p[action][state, next] += probability;
                }
            }
            var options = new TabularMdpOptions { Terminal = m.Terminal, Allowed = m.Allowed };
            var dense = TabularMdp.FromArrays(p, m.Reward, mdp.Discount, options);
            var sparse = TabularMdp.FromSparse(rows, m.Reward, mdp.Discount, options);

            var expected = Reference.FixedPoint(m, mdp.Discount, Reference.Hard(m));
            Approx.Values(expected, dense.ValueIteration(1e-11).V, 1e-9, "dense");
            Approx.Values(expected, sparse.ValueIteration(1e-11).V, 1e-9, "sparse");
            for (var state = 0; state < s; state++)
            {
                for (var action = 0; action < a; action++)
                {
                    Assert.Equal(dense.IsAllowed(state, action), sparse.IsAllowed(state, action));
                    Assert.Equal(dense.Transitions(state, action).Select(x => x.State), sparse.Transitions(state, action).Select(x => x.State));
                    foreach (var ((_, pd), (_, ps)) in dense.Transitions(state, action).Zip(sparse.Transitions(state, action)))
                        Assert.Equal(pd, ps, 15);
                }
            }
        });
}
