using System.Collections.Generic;

namespace MdpDsl;

/// <summary>
/// What a solver found: values <see cref="V"/>, action values <see cref="Q"/> and the <see cref="Policy"/> that
/// goes with them, with how the iteration ended. A finite-horizon solution keeps every step in
/// <see cref="Stages"/>; its <see cref="V"/>, <see cref="Q"/> and <see cref="Policy"/> are those of step 0.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public sealed class Solution<TState, TAction>
    where TState : notnull
{
    internal Solution(IReadOnlyList<Stage<TState, TAction>> stages, int? horizon, bool converged, int iterations, double residual, double? errorBound = null)
    {
        Stages = stages;
        Horizon = horizon;
        Converged = converged;
        Iterations = iterations;
        Residual = residual;
        ErrorBound = errorBound;
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

    /// <summary>
    /// A proven bound on the distance of <see cref="V"/> from the values the solver seeks, max_s |V(s) − V*(s)| (for soft
    /// value iteration, its soft fixed point), or null where the solver proves none. Discounted value iteration, soft
    /// value iteration, soft policy iteration, Gauss–Seidel and modified policy iteration give γ/(1 − γ) times the last change; policy iteration gives ‖T V^π − V^π‖/(1 − γ) for the value of its own policy;
    /// interval value iteration gives half the gap between its lower and upper bounds, also for γ = 1; backward induction
    /// gives 0. The undiscounted sweeps that stop on a small change prove nothing (a slow chain can move by less than ε per
    /// sweep while still far from its limit) and give null, as do policy evaluation (hard and soft) and solutions loaded from a file.
    /// Rounding, a few ulps of the largest value, comes on top.
    /// </summary>
    public double? ErrorBound { get; }
}
