using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// The oracle of the trajectory posterior: every complete trajectory of a tiny model, enumerated from the raw arrays,
/// with its weight p(τ, O) = p(s_0) Π_t p(a_t|s_t) exp(r(s_t, a_t) / T) · γ p(s_{t+1}|s_t, a_t), or · (1 − γ) when it
/// leaves by the discount after a_t. A trajectory ends at the horizon, in a terminal state or by leaving. Nothing here
/// calls the runtime's inference.
/// </summary>
public sealed class BruteForcePosterior
{
    private readonly MdpArrays _arrays;
    private readonly Func<int, int, double> _choice;
    private readonly double _discount;
    private readonly double _temperature;
    private readonly int _horizon;

    /// <param name="arrays">The model.</param>
    /// <param name="prior">p(a|s).</param>
    /// <param name="initial">p(s_0) per state.</param>
    /// <param name="discount">γ.</param>
    /// <param name="temperature">T.</param>
    /// <param name="horizon">H.</param>
    public BruteForcePosterior(MdpArrays arrays, Func<int, int, double> prior, double[] initial, double discount, double temperature, int horizon)
    {
        (_arrays, _discount, _temperature, _horizon) = (arrays, discount, temperature, horizon);
        _choice = (s, a) => prior(s, a) * Math.Exp(arrays.Reward[s, a] / temperature);
        Paths = Enumerable.Range(0, arrays.StateCount)
            .Where(s => initial[s] > 0)
            .SelectMany(s => Continue(0, [s], [], initial[s], _choice))
            .ToArray();
        Evidence = Paths.Sum(p => p.Weight);
    }

    /// <summary>Every trajectory of positive weight, with p(τ, O).</summary>
    public IReadOnlyList<(Trajectory<int, Act> Path, double Weight)> Paths { get; }

    /// <summary>p(O) = Σ_τ p(τ, O).</summary>
    public double Evidence { get; }

    /// <summary>p(τ | O) of every trajectory.</summary>
    public IEnumerable<(Trajectory<int, Act> Path, double Probability)> Posterior => Paths.Select(p => (p.Path, p.Weight / Evidence));

    /// <summary>p(s_t = s | O): the trajectories in s at step t, a terminal state holding its walker after the end.</summary>
    public double Marginal(int t, int s) =>
        Paths.Where(p => StateAt(p.Path, t) == s).Sum(p => p.Weight) / Evidence;

    /// <summary>
    /// β_t(s, a) = p(a|s) exp(r(s, a) / T) [(1 − γ) + Σ_{s'} γ p(s'|s, a) Σ of the weights of the continuations from s' at t + 1],
    /// divided by p(a|s) so that it is the message of the pair alone.
    /// </summary>
    public double Beta(int t, int s, int a)
    {
        var rest = 1 - _discount;
        foreach (var (next, p) in _arrays.Successors[s, a])
            rest += _discount * p * Continue(t + 1, [next], [], 1, _choice).Sum(path => path.Item2);
        return Math.Exp(_arrays.Reward[s, a] / _temperature) * rest;
    }

    /// <summary>p_π(τ) of every trajectory when <paramref name="policy"/>(s, a) acts under the true dynamics, from <paramref name="initial"/>.</summary>
    public IEnumerable<(Trajectory<int, Act> Path, double Probability)> UnderPolicy(Func<int, int, double> policy, double[] initial) =>
        Enumerable.Range(0, _arrays.StateCount)
            .Where(s => initial[s] > 0)
            .SelectMany(s => Continue(0, [s], [], initial[s], policy));

    private static int StateAt(Trajectory<int, Act> path, int t)
    {
        if (t < path.States.Count)
            return path.States[t];
        return path.LeftByDiscount ? -1 : path.States[^1];
    }

    private IEnumerable<(Trajectory<int, Act>, double)> Continue(
        int t, List<int> states, List<Act> actions, double weight, Func<int, int, double> choice)
    {
        var s = states[^1];
        if (_arrays.Terminal[s] || t == _horizon)
        {
            yield return (new Trajectory<int, Act>(states, actions), weight);
            yield break;
        }
        for (var a = 0; a < _arrays.ActionCount; a++)
        {
            var w = weight * choice(s, a);
            if (!_arrays.Allowed[s, a] || w == 0)
                continue;
            var taken = actions.Append((Act)a).ToList();
            if (_discount < 1)
                yield return (new Trajectory<int, Act>(states, taken), w * (1 - _discount));
            foreach (var (next, p) in _arrays.Successors[s, a])
            {
                foreach (var path in Continue(t + 1, states.Append(next).ToList(), taken, w * _discount * p, choice))
                    yield return path;
            }
        }
    }
}
