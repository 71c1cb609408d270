namespace MdpDsl.Learning;

/// <summary>One learner as the <see cref="EpisodeLoop"/> drives it, on state and action indices.</summary>
internal interface IAgent
{
    /// <summary>The behaviour policy: the action to take in the non-terminal state <paramref name="state"/>.</summary>
    int Act(int state);

    /// <summary>
    /// Learns from the step (<paramref name="state"/>, <paramref name="action"/>) → <paramref name="step"/>.
    /// <paramref name="nextAction"/> is what <see cref="Act"/> chose in the next state, or -1 when the episode
    /// terminated; after a truncation it is chosen but never taken, so that on-policy targets can still bootstrap.
    /// </summary>
    void Learn(int state, int action, in StepResult<int> step, int nextAction);

    /// <summary>Called after the last step of each episode.</summary>
    void EndEpisode()
    {
    }
}
