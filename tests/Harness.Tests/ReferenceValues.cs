using MdpDsl.Benchmarks.Workload;

namespace MdpDsl.Benchmarks.Harness.Tests;

/// <summary>
/// V* of a workload by the plainest Jacobi value iteration over its flat arrays, written here without the runtime,
/// iterated until nothing changes by more than 1e-13: the oracle of the <c>solve</c> tests.
/// </summary>
public static class ReferenceValues
{
    public static double[] Solve(SparseMdp mdp, bool soft)
    {
        var (s, a, k, gamma) = (mdp.StateCount, mdp.ActionCount, mdp.SuccessorCount, mdp.Discount);
        var v = new double[s];
        var q = new double[a];
        for (var sweep = 0; sweep < 1_000_000; sweep++)
        {
            var next = new double[s];
            for (var state = 0; state < s; state++)
            {
                for (var action = 0; action < a; action++)
                {
                    var pair = state * a + action;
                    var expected = 0.0;
                    for (var entry = pair * k; entry < (pair + 1) * k; entry++)
                        expected += mdp.Probabilities[entry] * v[mdp.Successors[entry]];
                    q[action] = mdp.Rewards[pair] + gamma * expected;
                }
                var max = q.Max();
                next[state] = soft ? max + Math.Log(q.Sum(x => Math.Exp(x - max))) : max;
            }
            var change = next.Zip(v, (x, y) => Math.Abs(x - y)).Max();
            v = next;
            if (change <= 1e-13)
                return v;
        }
        throw new InvalidOperationException("The reference iteration did not settle.");
    }
}
