using System;
using System.Collections.Generic;
using System.Linq;

namespace MdpDsl;

/// <summary>
/// One episode of a model: the states s_0 … s_L and the actions a_0 … a_{L−1} taken in them. It either ends in its
/// last state (at the horizon, or in a terminal state), with one state more than actions, or, in a discounted model,
/// by leaving to the discount's absorbing state after its last action, with as many states as actions.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class Trajectory<TState, TAction> : IEquatable<Trajectory<TState, TAction>>
    where TState : notnull
    where TAction : struct
{
    /// <summary>A trajectory through <paramref name="states"/>, taking <paramref name="actions"/>[t] in state t.</summary>
    /// <param name="states">s_0 … s_L, or s_0 … s_{L−1} when the episode left by the discount after a_{L−1}.</param>
    /// <param name="actions">a_0 … a_{L−1}.</param>
    /// <exception cref="ArgumentException">There is no state, or the counts are neither L + 1 and L nor L and L.</exception>
    public Trajectory(IEnumerable<TState> states, IEnumerable<TAction> actions)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(actions);
        States = states.ToArray();
        Actions = actions.ToArray();
        if (States.Count == 0)
            throw new ArgumentException("A trajectory starts in a state: give at least one.", nameof(states));
        if (States.Count != Actions.Count + 1 && States.Count != Actions.Count)
        {
            throw new ArgumentException(
                $"A trajectory of {Actions.Count} actions has {Actions.Count + 1} states (it ends in its last state) or {Actions.Count} " +
                $"(it left by the discount after its last action), not {States.Count}.", nameof(states));
        }
    }

    /// <summary>The states visited, s_0 first.</summary>
    public IReadOnlyList<TState> States { get; }

    /// <summary>The actions taken, a_t in <see cref="States"/>[t].</summary>
    public IReadOnlyList<TAction> Actions { get; }

    /// <summary>The number of actions L.</summary>
    public int Length => Actions.Count;

    /// <summary>True when the episode left to the discount's absorbing state after its last action (probability 1 − γ per step).</summary>
    public bool LeftByDiscount => States.Count == Actions.Count;

    /// <inheritdoc />
    public bool Equals(Trajectory<TState, TAction>? other) =>
        other is not null && States.SequenceEqual(other.States) && Actions.SequenceEqual(other.Actions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Trajectory<TState, TAction>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var state in States)
            hash.Add(state);
        foreach (var action in Actions)
            hash.Add(action);
        return hash.ToHashCode();
    }

    /// <summary>The path as <c>s0 -a0-> s1 -a1-> s2</c>, ending in <c>(left)</c> when the discount ended it.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        for (var t = 0; t < States.Count; t++)
        {
            parts.Add($"{States[t]}");
            if (t < Actions.Count)
                parts.Add($"-{Actions[t]}->");
        }
        if (LeftByDiscount)
            parts.Add("(left)");
        return string.Join(" ", parts);
    }
}
