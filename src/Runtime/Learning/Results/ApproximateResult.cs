using System;
using System.Collections.Generic;

namespace MdpDsl;

/// <summary>
/// What an approximate soft learner learned from a simulator: a policy for any state, the critic, the learning curve,
/// and how long it took.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public class ApproximateResult<TState, TAction>
    where TState : notnull
    where TAction : struct
{
    internal ApproximateResult(ApproximatePolicy<TState, TAction> policy, ISoftCritic<TState> critic, double temperature, IReadOnlyList<double> returns, long steps, TimeSpan elapsed)
    {
        Policy = policy;
        Critic = critic;
        Temperature = temperature;
        Returns = returns;
        Steps = steps;
        Elapsed = elapsed;
    }

    /// <summary>The learned policy: the Boltzmann policy of <see cref="Critic"/> for soft Q-learning, the actor for soft actor-critic.</summary>
    public ApproximatePolicy<TState, TAction> Policy { get; }

    /// <summary>The learned critic Q(s, a), on action indices in the order of the simulator's actions.</summary>
    public ISoftCritic<TState> Critic { get; }

    /// <summary>The temperature at the end of the run.</summary>
    public double Temperature { get; }

    /// <summary>The learning curve: the undiscounted return of each episode.</summary>
    public IReadOnlyList<double> Returns { get; }

    /// <summary>The simulator steps taken.</summary>
    public long Steps { get; }

    /// <summary>The wall time of the run.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Simulator steps per second of wall time, learning included.</summary>
    public double StepsPerSecond => Elapsed > TimeSpan.Zero ? Steps / Elapsed.TotalSeconds : double.PositiveInfinity;
}
