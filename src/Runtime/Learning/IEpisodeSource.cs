namespace MdpDsl.Learning;

/// <summary>Episodes as the <see cref="EpisodeLoop"/> runs them, on a state representation and action indices.</summary>
/// <typeparam name="TState">A state index for the tabular learners, a typed state for the approximate ones.</typeparam>
internal interface IEpisodeSource<TState>
{
    /// <summary>The current episode is over: it terminated or was truncated.</summary>
    bool IsDone { get; }

    /// <summary>The steps taken since the run began, over every episode.</summary>
    long TotalSteps { get; }

    /// <summary>Starts an episode and returns its start state (it may be terminal, and then the episode is already over).</summary>
    TState Reset();

    /// <summary>Takes the action of index <paramref name="action"/> in the current state.</summary>
    StepResult<TState> Step(int action);
}

/// <summary>The tabular simulator as an <see cref="IEpisodeSource{TState}"/>; a struct, so the loop calls it directly.</summary>
internal readonly struct TabularEpisodes(TabularSimulator simulator) : IEpisodeSource<int>
{
    public bool IsDone => simulator.IsDone;

    public long TotalSteps => simulator.TotalSteps;

    public int Reset() => simulator.Reset();

    public StepResult<int> Step(int action) => simulator.Step(action);
}
