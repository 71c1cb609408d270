using System;
using MdpDsl.Compilation;

namespace MdpDsl;

/// <summary>
/// What a model built from arrays may add to its transitions and rewards: terminal states, a mask of allowed
/// actions, an initial distribution, a finite horizon and the optimality likelihood. Every part is optional; by
/// default no state is terminal, every action is allowed everywhere, there is no initial distribution and the
/// horizon is infinite.
/// </summary>
public sealed record TabularMdpOptions
{
    /// <summary>
    /// terminal[s] is true when state s ends the episode: its value is 0 in every solver and its rows of the
    /// transition and reward arrays are not read. Length: the number of states.
    /// </summary>
    public bool[]? Terminal { get; init; }

    /// <summary>
    /// allowed[s, a] is false when action a cannot be taken in state s; the rows of such pairs are not read. Every
    /// non-terminal state must allow at least one action. Shape: states × actions.
    /// </summary>
    public bool[,]? Allowed { get; init; }

    /// <summary>The start distribution over states (needed by simulators and learners that reset); length: the number of states.</summary>
    public double[]? Initial { get; init; }

    /// <summary>The number of decision steps of a finite-horizon model, at least 1; null for an infinite horizon.</summary>
    public int? Horizon { get; init; }

    /// <summary>
    /// <see cref="Optimality.Exponential"/> checks that every reward is ≤ 0, so that exp(r) is the probability of the
    /// optimality variable that inference needs.
    /// </summary>
    public Optimality Likelihood { get; init; } = Optimality.Unconstrained;

    internal static TabularMdpOptions Default { get; } = new();

    internal bool IsTerminal(int state) => Terminal is { } terminal && terminal[state];

    internal bool IsAllowed(int state, int action) => Allowed is not { } allowed || allowed[state, action];

    internal void AddInitial(Successors<int> start)
    {
        if (Initial is not { } initial)
            return;
        for (var s = 0; s < initial.Length; s++)
            start.Add(s, initial[s]);
    }

    /// <summary>The settings of a model with <paramref name="discount"/> and these options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The discount lies outside (0, 1] or the horizon is below 1.</exception>
    internal MdpSettings Settings(double discount)
    {
        if (Horizon is < 1)
            throw new ArgumentOutOfRangeException(nameof(Horizon), Horizon, "The horizon must be at least 1, or null for an infinite horizon.");
        return new MdpSettings(discount, Horizon ?? 0, StateSpace.Enumerated, StateSpaceLimits.DefaultMaxStates, Likelihood);
    }

    /// <summary>Checks that every array has the model's shape.</summary>
    /// <exception cref="ArgumentException">An array's length or shape disagrees with the numbers of states and actions.</exception>
    internal void CheckShape(int stateCount, int actionCount)
    {
        if (Terminal is { } terminal && terminal.Length != stateCount)
            throw new ArgumentException($"Terminal has {terminal.Length} entries for {stateCount} states.", nameof(Terminal));
        if (Allowed is { } allowed && (allowed.GetLength(0) != stateCount || allowed.GetLength(1) != actionCount))
            throw new ArgumentException($"Allowed is {allowed.GetLength(0)} × {allowed.GetLength(1)}; the model has {stateCount} states × {actionCount} actions.", nameof(Allowed));
        if (Initial is { } initial && initial.Length != stateCount)
            throw new ArgumentException($"Initial has {initial.Length} entries for {stateCount} states.", nameof(Initial));
    }
}
