namespace MdpDsl;

/// <summary>What one simulator step returns, in the Gymnasium convention.</summary>
/// <typeparam name="TState">The state type (learners use state indices).</typeparam>
/// <param name="Next">The state the step led to.</param>
/// <param name="Reward">The reward r(s, a, s') of the sampled transition.</param>
/// <param name="Terminated">The next state is terminal: the episode has ended and nothing follows it, so its value is 0.</param>
/// <param name="Truncated">The step limit cut the episode short in a non-terminal state, whose value is not 0.</param>
public readonly record struct StepResult<TState>(TState Next, double Reward, bool Terminated, bool Truncated)
{
    /// <summary>The episode is over, terminated or truncated; <c>Reset</c> starts the next.</summary>
    public bool IsDone => Terminated || Truncated;
}
