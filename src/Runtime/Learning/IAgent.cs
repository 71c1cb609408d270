namespace MdpDsl.Learning;

/// <summary>One learner as the <see cref="EpisodeLoop"/> drives it, on a state representation and action indices.</summary>
/// <typeparam name="TState">A state index for the tabular learners, a typed state for the approximate ones.</typeparam>
internal interface IAgent<TState>
{
    /// <summary>The behaviour policy: the action to take in the non-terminal state <paramref name="state"/>.</summary>
    int Act(TState state);

    /// <summary>
    /// Learns from the step (<paramref name="state"/>, <paramref name="action"/>) → <paramref name="step"/>.
    /// <paramref name="nextAction"/> is what <see cref="Act"/> chose in the next state, or -1 when the episode
    /// terminated; after a truncation it is chosen but never taken, so that on-policy targets can still bootstrap.
    /// </summary>
    void Learn(TState state, int action, in StepResult<TState> step, int nextAction);

    /// <summary>Called after the last step of each episode.</summary>
    void EndEpisode()
    {
    }
}

/// <summary>A learner on state indices, as the tabular learners are.</summary>
internal interface IAgent : IAgent<int>
{
}
