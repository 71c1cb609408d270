using System;
using System.Collections.Generic;
using MdpDsl.Learning;
using MdpDsl.Numerics;

namespace MdpDsl;

/// <summary>
/// A learned policy that answers for any state, enumerated or not: soft actor-critic's actor, or the Boltzmann policy
/// π(a|s) ∝ exp(Q(s, a) / T) of a soft Q-learning critic over the allowed actions. It reuses a buffer, so one thread
/// queries it at a time.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class ApproximatePolicy<TState, TAction>
    where TState : notnull
    where TAction : struct
{
    private readonly ISoftActor<TState>? _actor;
    private readonly ISoftCritic<TState>? _critic;
    private readonly double _temperature;
    private readonly Func<TState, int, bool> _isAllowed;
    private readonly double[] _scratch;

    private ApproximatePolicy(IReadOnlyList<TAction> actions, ISoftActor<TState>? actor, ISoftCritic<TState>? critic, double temperature, Func<TState, int, bool> isAllowed)
    {
        Actions = actions;
        _actor = actor;
        _critic = critic;
        _temperature = temperature;
        _isAllowed = isAllowed;
        _scratch = new double[actions.Count];
    }

    /// <summary>The actions, in index order: entry i of <see cref="Probabilities"/> is the probability of action i.</summary>
    public IReadOnlyList<TAction> Actions { get; }

    /// <summary>Writes π(·|<paramref name="state"/>) into <paramref name="probabilities"/>, one entry per action in <see cref="Actions"/>' order.</summary>
    /// <exception cref="ArgumentException"><paramref name="probabilities"/> has fewer entries than there are actions.</exception>
    public void Probabilities(TState state, Span<double> probabilities)
    {
        if (probabilities.Length < Actions.Count)
            throw new ArgumentException($"The span holds {probabilities.Length} entries, fewer than the {Actions.Count} actions.", nameof(probabilities));
        var row = probabilities[..Actions.Count];
        if (_actor is not null)
        {
            _actor.Probabilities(state, row);
            return;
        }
        for (var a = 0; a < row.Length; a++)
            row[a] = _isAllowed(state, a) ? _critic!.Value(state, a) : double.NegativeInfinity;
        LogSumExp.Softmax(row, default, _temperature, row);
    }

    /// <summary>π(<paramref name="action"/>|<paramref name="state"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The action is not one of <see cref="Actions"/>.</exception>
    public double Probability(TState state, TAction action)
    {
        var index = IndexOf(action);
        Probabilities(state, _scratch);
        return _scratch[index];
    }

    /// <summary>The most probable action in <paramref name="state"/> (the first one on a tie).</summary>
    public TAction Act(TState state)
    {
        Probabilities(state, _scratch);
        var best = 0;
        for (var a = 1; a < _scratch.Length; a++)
        {
            if (_scratch[a] > _scratch[best])
                best = a;
        }
        return Actions[best];
    }

    /// <summary>An action drawn from π(·|<paramref name="state"/>) with <paramref name="random"/>.</summary>
    public TAction Sample(TState state, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Probabilities(state, _scratch);
        return Actions[Sampling.Categorical(_scratch, random.NextDouble())];
    }

    internal static ApproximatePolicy<TState, TAction> OfActor(IReadOnlyList<TAction> actions, ISoftActor<TState> actor) =>
        new(actions, actor, null, 1, static (_, _) => true);

    internal static ApproximatePolicy<TState, TAction> Boltzmann(IReadOnlyList<TAction> actions, ISoftCritic<TState> critic, double temperature, Func<TState, int, bool> isAllowed) =>
        new(actions, null, critic, temperature, isAllowed);

    private int IndexOf(TAction action)
    {
        for (var a = 0; a < Actions.Count; a++)
        {
            if (EqualityComparer<TAction>.Default.Equals(Actions[a], action))
                return a;
        }
        throw new ArgumentOutOfRangeException(nameof(action), action, $"{action} is not an action of this policy.");
    }
}
