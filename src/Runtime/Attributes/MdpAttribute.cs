using System;

namespace MdpDsl;

/// <summary>
/// Marks a <c>partial class</c> as a Markov decision process. The source generator turns it into a typed
/// tabular model: state and action indexing, <c>Compile()</c> and typed solvers.
/// </summary>
/// <remarks>
/// Set <see cref="Discount"/> for an infinite-horizon discounted model, <see cref="Horizon"/> for a
/// finite-horizon one, or both for a discounted finite horizon.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MdpAttribute : Attribute
{
    /// <summary>The discount factor γ, in (0, 1]. Defaults to 1 (undiscounted).</summary>
    public double Discount { get; set; } = 1.0;

    /// <summary>The number of decision steps of a finite-horizon model; 0 (the default) means an infinite horizon.</summary>
    public int Horizon { get; set; }

    /// <summary>How the state space is found: enumerated from the state type (the default) or discovered by search.</summary>
    public StateSpace States { get; set; } = StateSpace.Enumerated;

    /// <summary>
    /// The most states a <see cref="StateSpace.Reachable"/> search may discover before <c>Compile()</c> gives up.
    /// </summary>
    public int MaxStates { get; set; } = StateSpaceLimits.DefaultMaxStates;

    /// <summary>How rewards relate to the optimality variable O of control as inference.</summary>
    public Optimality Likelihood { get; set; } = Optimality.Unconstrained;
}
