using System.Collections.Generic;

namespace MdpDsl;

/// <summary>
/// What a solver found: values <see cref="V"/>, action values <see cref="Q"/> and the <see cref="Policy"/> that
/// goes with them, with how the iteration ended. A finite-horizon solution keeps every step in
/// <see cref="Stages"/>; its <see cref="V"/>, <see cref="Q"/> and <see cref="Policy"/> are those of step 0.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action enum.</typeparam>
public sealed class Solution<TState, TAction>
    where TState : notnull
{
    internal Solution(IReadOnlyList<Stage<TState, TAction>> stages, int? horizon, bool converged, int iterations, double residual)
    {
        Stages = stages;
        Horizon = horizon;
        Converged = converged;
        Iterations = iterations;
        Residual = residual;
    }

    /// <summary>The state values V(s) (at step 0 for a finite horizon).</summary>
    public StateValues<TState> V => Stages[0].V;

    /// <summary>The action values Q(s, a) (at step 0 for a finite horizon).</summary>
    public ActionValues<TState, TAction> Q => Stages[0].Q;

    /// <summary>The policy (at step 0 for a finite horizon).</summary>
    public Policy<TState, TAction> Policy => Stages[0].Policy;

    /// <summary>One stage per decision step for a finite horizon; one stationary stage otherwise.</summary>
    public IReadOnlyList<Stage<TState, TAction>> Stages { get; }

    /// <summary>The number of decision steps, or null for an infinite horizon.</summary>
    public int? Horizon { get; }

    /// <summary>Whether the stopping rule was met (always true for a finite horizon or an exact solve).</summary>
    public bool Converged { get; }

    /// <summary>The number of sweeps or backward steps performed.</summary>
    public int Iterations { get; }

    /// <summary>The largest value change in the last sweep (0 for a finite horizon or an exact solve).</summary>
    public double Residual { get; }
}
