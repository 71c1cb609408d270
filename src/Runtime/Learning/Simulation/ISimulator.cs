using System;
using System.Collections.Generic;

namespace MdpDsl;

/// <summary>
/// Episodes of a model in the Gymnasium convention, whatever produces them: <see cref="Simulator{TState, TAction}"/>
/// samples a compiled table, and the simulator a model declaration creates samples its <see cref="TransitionAttribute"/>
/// member directly, with no table. Learners that need only samples and features take this interface, so they run on
/// models far too large to compile.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public interface ISimulator<TState, TAction>
    where TState : notnull
    where TAction : struct
{
    /// <summary>Every action of the model, in index order: a learner's action index is a position in this list.</summary>
    IReadOnlyList<TAction> Actions { get; }

    /// <summary>The model's discount γ.</summary>
    double Discount { get; }

    /// <summary>The steps after which an episode is truncated.</summary>
    int StepLimit { get; }

    /// <summary>The steps taken in the current episode.</summary>
    int Steps { get; }

    /// <summary>Whether the current episode is over (terminated or truncated), so that only <see cref="Reset"/> may follow.</summary>
    bool IsDone { get; }

    /// <summary>The current state.</summary>
    /// <exception cref="InvalidOperationException">No episode has started.</exception>
    TState State { get; }

    /// <summary>Whether <paramref name="action"/> may be taken in <paramref name="state"/>.</summary>
    bool IsAllowed(TState state, TAction action);

    /// <summary>Starts an episode and returns its start state, drawn from the initial distribution.</summary>
    /// <param name="seed">Reseeds the simulator's random source, so that the episodes that follow repeat exactly;
    /// null continues the current source.</param>
    TState Reset(int? seed = null);

    /// <summary>Takes <paramref name="action"/> in the current state.</summary>
    /// <returns>The next state, the reward, and whether the episode terminated or was truncated.</returns>
    /// <exception cref="InvalidOperationException">No episode has started, or the current one is over.</exception>
    /// <exception cref="ArgumentException">The action is not allowed in the current state.</exception>
    StepResult<TState> Step(TAction action);
}
