using System;

namespace MdpDsl.Learning;

/// <summary>
/// What the soft learners need of the problem they learn in, whatever represents its states: the episodes, the
/// allowed actions, a random source, the counts their step-size schedules run on, and names for messages. The
/// tabular path (<see cref="TabularEnvironment"/>) and the approximate path over a simulator of typed states each
/// provide one, so that each algorithm is written once.
/// </summary>
/// <typeparam name="TState">A state index, or a typed state.</typeparam>
internal interface ILearningEnvironment<TState> : IEpisodeSource<TState>
{
    /// <summary>The number of actions; an action is an index below it.</summary>
    int ActionCount { get; }

    /// <summary>The learner's random source, for its behaviour and its replay.</summary>
    Random Random { get; }

    /// <summary>Whether the action of index <paramref name="action"/> may be taken in <paramref name="state"/>.</summary>
    bool IsAllowed(TState state, int action);

    /// <summary>Counts one more critic update of (<paramref name="state"/>, <paramref name="action"/>) and returns the count n ≥ 1 its step size is taken at.</summary>
    long CountCriticUpdate(TState state, int action);

    /// <summary>Counts one more actor update in <paramref name="state"/> and returns the count n ≥ 1 its step size is taken at.</summary>
    long CountActorUpdate(TState state);

    /// <summary>The state as a message should name it.</summary>
    object? DescribeState(TState state);

    /// <summary>The action of index <paramref name="action"/> as a message should name it.</summary>
    object? DescribeAction(int action);
}
