using System;
using System.Collections.Generic;
using MdpDsl.Compilation;

namespace MdpDsl;

/// <summary>
/// A stationary stochastic policy π(a|s) over a compiled model: deterministic policies put probability 1 on
/// one action. Terminal states have no actions.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class Policy<TState, TAction>
    where TState : notnull
{
    private readonly Indexer<TState> _states;
    private readonly Indexer<TAction> _actions;
    private readonly double[] _probabilities;

    internal Policy(Indexer<TState> states, Indexer<TAction> actions, double[] probabilities)
    {
        _states = states;
        _actions = actions;
        _probabilities = probabilities;
    }

    /// <summary>π(a|s) for every pair, row-major: the entry of (s, a) is at <c>s · ActionCount + a</c>.</summary>
    public ReadOnlySpan<double> AsSpan() => _probabilities;

    internal double[] Probabilities => _probabilities;

    /// <summary>The compiled model's state index this policy was made over: its ownership token.</summary>
    internal object Owner => _states;

    /// <summary>The most probable action in <paramref name="state"/> (the first one on a tie).</summary>
    /// <exception cref="InvalidOperationException">The state is terminal, so no action is taken there.</exception>
    public TAction Act(TState state) => TryAct(state, out var action) ? action : throw Terminal(state);

    /// <summary>The most probable action in <paramref name="state"/>, or false for a terminal state, where no action is taken.</summary>
    public bool TryAct(TState state, out TAction action)
    {
        var row = Row(state);
        var best = 0;
        for (var a = 1; a < row.Length; a++)
        {
            if (row[a] > row[best])
                best = a;
        }
        action = row[best] > 0 ? _actions[best] : default!;
        return row[best] > 0;
    }

    /// <summary>π(<paramref name="action"/> | <paramref name="state"/>).</summary>
    public double Probability(TState state, TAction action) => Row(state)[_actions.IndexOf(action)];

    /// <summary>The actions with positive probability in <paramref name="state"/>, in action order; empty for a terminal state.</summary>
    public IReadOnlyList<(TAction Action, double Probability)> Distribution(TState state)
    {
        var row = Row(state);
        var distribution = new List<(TAction, double)>();
        for (var a = 0; a < row.Length; a++)
        {
            if (row[a] > 0)
                distribution.Add((_actions[a], row[a]));
        }
        return distribution;
    }

    /// <summary>Draws an action from π(·|<paramref name="state"/>).</summary>
    /// <exception cref="InvalidOperationException">The state is terminal, so no action is taken there.</exception>
    public TAction Sample(TState state, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var row = Row(state);
        var u = random.NextDouble();
        var last = -1;
        for (var a = 0; a < row.Length; a++)
        {
            if (row[a] <= 0)
                continue;
            last = a;
            u -= row[a];
            if (u < 0)
                return _actions[a];
        }
        // Rounding can leave u a hair above 0: the last action with mass absorbs it.
        return last >= 0 ? _actions[last] : throw Terminal(state);
    }

    private ReadOnlySpan<double> Row(TState state) =>
        _probabilities.AsSpan(_states.IndexOf(state) * _actions.Count, _actions.Count);

    private static InvalidOperationException Terminal(TState state) =>
        new($"State {state} is terminal: the episode has ended and no action is taken there.");
}
