using System;
using System.Collections.Generic;
using MdpDsl.Compilation;
using MdpDsl.Learning;

namespace MdpDsl;

/// <summary>
/// Episodes of a compiled model, in the Gymnasium convention: <see cref="Reset"/> draws a start state from the
/// model's <see cref="InitialAttribute"/> distribution, <see cref="Step"/> draws a successor from the transition
/// probabilities and pays the reward of that transition, r(s, a, s′). An episode ends when it reaches a terminal
/// state (<c>terminated</c>) or its step limit (<c>truncated</c>). The same seed gives the same episodes, and a
/// step allocates nothing. Obtain one from <c>model.CreateSimulator()</c>.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class Simulator<TState, TAction> : ISimulator<TState, TAction>
    where TState : notnull
    where TAction : struct
{
    private readonly TabularSimulator _simulator;
    private readonly Indexer<TState> _states;
    private readonly Indexer<TAction> _actions;

    internal Simulator(TabularSimulator simulator, Indexer<TState> states, Indexer<TAction> actions, IReadOnlyList<TAction> actionList, double discount)
    {
        _simulator = simulator;
        _states = states;
        _actions = actions;
        Actions = actionList;
        Discount = discount;
    }

    /// <inheritdoc/>
    public IReadOnlyList<TAction> Actions { get; }

    /// <inheritdoc/>
    public double Discount { get; }

    /// <summary>The steps after which an episode is truncated.</summary>
    public int StepLimit => _simulator.StepLimit;

    /// <summary>The steps taken in the current episode.</summary>
    public int Steps => _simulator.Steps;

    /// <summary>Whether the current episode is over (terminated or truncated), so that only <see cref="Reset"/> may follow.</summary>
    public bool IsDone => _simulator.IsDone;

    /// <summary>The current state.</summary>
    /// <exception cref="InvalidOperationException">No episode has started.</exception>
    public TState State =>
        _simulator.State >= 0 ? _states[_simulator.State] : throw new InvalidOperationException("Call Reset to start an episode first.");

    /// <inheritdoc/>
    public bool IsAllowed(TState state, TAction action) =>
        _simulator.Table.IsAllowed(_states.IndexOf(state), _actions.IndexOf(action));

    /// <summary>Starts an episode and returns its start state, drawn from the initial distribution.</summary>
    /// <param name="seed">Reseeds the simulator's random source, so that the episodes that follow repeat exactly;
    /// null continues the current source (a fresh simulator's is seeded from the clock).</param>
    public TState Reset(int? seed = null)
    {
        if (seed is { } value)
            _simulator.Reseed(value);
        return _states[_simulator.Reset()];
    }

    /// <summary>Takes <paramref name="action"/> in the current state.</summary>
    /// <returns>The next state, the reward, and whether the episode terminated or was truncated.</returns>
    /// <exception cref="InvalidOperationException">No episode has started, or the current one is over.</exception>
    /// <exception cref="ArgumentException">The action is not allowed in the current state.</exception>
    public StepResult<TState> Step(TAction action)
    {
        if (!_actions.TryIndexOf(action, out var index))
            throw new ArgumentOutOfRangeException(nameof(action), action, $"{action} is not an action of this model.");
        var step = _simulator.Step(index);
        return new StepResult<TState>(_states[step.Next], step.Reward, step.Terminated, step.Truncated);
    }
}
