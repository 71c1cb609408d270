namespace MdpDsl.Runtime.Tests.TestModels;

/// <summary>
/// Textbook dynamic programming written as plainly as possible over the <see cref="MdpArrays"/> the models are
/// built from, with no runtime code involved: the independent side of every identity test. Terminal states have
/// value 0 and Q = 0; disallowed actions have Q = −∞ (the runtime's documented conventions).
/// </summary>
public static class Reference
{
    /// <summary>
    /// When a sweep changes no value by more than this (relative to the largest value, once that exceeds 1), the fixed
    /// point is within γ/(1 − γ) times the change: for the γ ≤ 0.95 and |V| &lt; 100 of the tests, below 2e-11, far
    /// under every tolerance they compare against. A relative threshold stays above the rounding noise of a sweep.
    /// </summary>
    public const double FixedPointChange = 1e-14;

    /// <summary>A cap on the sweeps, far above the ~800 that γ = 0.95 needs to reach <see cref="FixedPointChange"/>.</summary>
    public const int MaxFixedPointSweeps = 100_000;

    /// <summary>How a state's value follows from its row of action values.</summary>
    public delegate double StateBackup(int state, double[,] q);

    /// <summary>V(s) = max over allowed a of Q(s, a).</summary>
    public static StateBackup Hard(MdpArrays m) => (s, q) =>
    {
        var best = double.NegativeInfinity;
        for (var a = 0; a < m.ActionCount; a++)
        {
            if (m.Allowed[s, a])
                best = Math.Max(best, q[s, a]);
        }
        return best;
    };

    /// <summary>V(s) = T·log Σ_a exp(Q(s, a)/T) over the allowed actions.</summary>
    public static StateBackup Soft(MdpArrays m, double temperature) => (s, q) =>
        SoftMaximum(Enumerable.Range(0, m.ActionCount).Where(a => m.Allowed[s, a]).Select(a => q[s, a]).ToArray(), temperature);

    /// <summary>V(s) = Σ_a π(a|s) Q(s, a).</summary>
    public static StateBackup Expectation(MdpArrays m, Func<int, int, double> policy) => (s, q) =>
    {
        var value = 0.0;
        for (var a = 0; a < m.ActionCount; a++)
        {
            if (policy(s, a) > 0)
                value += policy(s, a) * q[s, a];
        }
        return value;
    };

    /// <summary>
    /// T·log Σ exp(xᵢ/T), written with the usual shift by the maximum (m + T·log Σ exp((xᵢ − m)/T)) only so that
    /// small temperatures do not underflow every term to 0.
    /// </summary>
    public static double SoftMaximum(double[] values, double temperature)
    {
        var max = values.Max();
        return max + temperature * Math.Log(values.Sum(x => Math.Exp((x - max) / temperature)));
    }

    /// <summary>Q(s, a) = r(s, a) + γ Σ_{s'} p(s'|s, a) V(s'), summed over the raw successor list.</summary>
    public static double[,] ActionValues(MdpArrays m, double discount, double[] values)
    {
        var q = new double[m.StateCount, m.ActionCount];
        for (var s = 0; s < m.StateCount; s++)
        {
            for (var a = 0; a < m.ActionCount; a++)
            {
                if (m.Terminal[s])
                {
                    q[s, a] = 0;
                    continue;
                }
                if (!m.Allowed[s, a])
                {
                    q[s, a] = double.NegativeInfinity;
                    continue;
                }
                var expected = 0.0;
                foreach (var (next, p) in m.Successors[s, a])
                    expected += p * values[next];
                q[s, a] = m.ExpectedReward(s, a) + discount * expected;
            }
        }
        return q;
    }

    /// <summary>One backup of every state; terminal states keep 0.</summary>
    public static double[] Sweep(MdpArrays m, double discount, StateBackup backup, double[] values)
    {
        var q = ActionValues(m, discount, values);
        return Enumerable.Range(0, m.StateCount).Select(s => m.Terminal[s] ? 0 : backup(s, q)).ToArray();
    }

    /// <summary>The infinite-horizon fixed point, by sweeps from V = 0 until they change nothing that matters.</summary>
    public static double[] FixedPoint(MdpArrays m, double discount, StateBackup backup)
    {
        var values = new double[m.StateCount];
        for (var i = 0; i < MaxFixedPointSweeps; i++)
        {
            var next = Sweep(m, discount, backup, values);
            var change = next.Zip(values, (a, b) => Math.Abs(a - b)).Max();
            values = next;
            if (change <= FixedPointChange * Math.Max(1, values.Max(Math.Abs)))
                return values;
        }
        throw new InvalidOperationException("The reference value iteration did not settle.");
    }

    /// <summary>Backward induction: V_H = 0, then Q_t = r + γ P V_{t+1} and V_t = backup(Q_t) for t = H−1 … 0.</summary>
    public static (double[] V, double[,] Q)[] BackwardInduction(MdpArrays m, double discount, StateBackup backup, int horizon)
    {
        var stages = new (double[] V, double[,] Q)[horizon];
        var next = new double[m.StateCount];
        for (var t = horizon - 1; t >= 0; t--)
        {
            var q = ActionValues(m, discount, next);
            var v = Enumerable.Range(0, m.StateCount).Select(s => m.Terminal[s] ? 0 : backup(s, q)).ToArray();
            stages[t] = (v, q);
            next = v;
        }
        return stages;
    }
}
