using System;
using System.Collections.Generic;
using MdpDsl.Foundation;
using MdpDsl.Rendering;

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

    /// <summary>
    /// What the stopping rule compared with its threshold in the last iteration: half the spread of the changes,
    /// (max_s d(s) − min_s d(s))/2, for discounted value iteration (hard and soft) and modified policy iteration; the
    /// largest change max_s |d(s)| for the others; 0 for a finite horizon or an exact solve.
    /// </summary>
    public double Residual { get; }

    /// <summary>
    /// A proven bound on the distance of <see cref="V"/> from the values the solver seeks, max_s |V(s) − V*(s)| (for soft
    /// value iteration, its soft fixed point), or null where the solver proves none. Discounted value iteration, soft
    /// value iteration, soft policy iteration, Gauss–Seidel and modified policy iteration give γ/(1 − γ) times
    /// <see cref="Residual"/>; policy iteration gives ‖T V^π − V^π‖/(1 − γ) for the value of its own policy;
    /// interval value iteration gives half the gap between its lower and upper bounds, also for γ = 1; stationary exact
    /// inference gives a c that one backup from V ± c confirms encloses the fixed point; backward induction
    /// gives 0. The undiscounted sweeps that stop on a small change prove nothing (a slow chain can move by less than ε per
    /// sweep while still far from its limit) and give null, as do policy evaluation (hard and soft) and solutions loaded from a file.
    /// Rounding, a few ulps of the largest value, comes on top.
    /// </summary>
    public double? ErrorBound { get; }

    /// <summary>This solution, or a <see cref="NotConvergedException"/> when the solver stopped before its stopping rule was met.</summary>
    /// <exception cref="NotConvergedException">The solver ran out of iterations.</exception>
    public Solution<TState, TAction> EnsureConverged() => Converged ? this : throw new NotConvergedException(Iterations, Residual);

    /// <summary>
    /// A one-line summary: the model's size, how the solve ended (an unconverged one says so first), and the error
    /// bound when there is one.
    /// </summary>
    public override string ToString()
    {
        var size = $"{V.Count} states × {Policy.ActionCount} actions";
        if (Horizon is { } horizon)
            return $"Solution over {size}, horizon {horizon}: exact by backward induction";
        var bound = ErrorBound is { } b ? $", error bound {NumberText.Change(b)}" : string.Empty;
        var ending = Converged
            ? $"converged after {Iterations} iterations (residual {NumberText.Change(Residual)}{bound})"
            : $"NOT CONVERGED: stopped after {Iterations} iterations with a residual of {NumberText.Change(Residual)}{bound}";
        return $"Solution over {size}: {ending}";
    }

    /// <summary>
    /// V and the policy as a text table: one row per state, its fields as columns (or its <c>ToString()</c>), then V
    /// and the action taken (a stochastic policy's likeliest actions with their probabilities; <c>terminal</c> for a
    /// terminal state). Of a finite-horizon solution, step 0. Past <paramref name="maxRows"/> rows, the middle of the
    /// table is left out and counted.
    /// </summary>
    /// <param name="maxRows">The most rows shown.</param>
    public string ToTable(int maxRows = 20)
    {
        var values = V.AsSpan().ToArray();
        return StateTable.Render(Policy.States, ["V", "π"], maxRows, (s, cells) =>
        {
            cells.Add(NumberText.Short(values[s]));
            cells.Add(Policy.Describe(s));
        });
    }

    /// <summary>
    /// V above the policy, each laid out as a grid, for a state of exactly two integer fields (see
    /// <see cref="StateValues{TState}.ToGrid"/> and <see cref="Policy{TState, TAction}.ToGrid"/>).
    /// </summary>
    /// <param name="rowField">The field that numbers the rows; by default a field named <c>Row</c> or <c>Y</c>, else the first.</param>
    /// <exception cref="InvalidOperationException">The state type is not two integer fields.</exception>
    public string ToGrid(string? rowField = null) =>
        "V" + Environment.NewLine + V.ToGrid(rowField) + Environment.NewLine + "π" + Environment.NewLine + Policy.ToGrid(rowField);
}
