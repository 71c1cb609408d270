using System;

namespace MdpDsl.Compilation;

/// <summary>The model-wide constants of an <see cref="MdpAttribute"/>, checked on construction.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed record MdpSettings
{
    /// <summary>Checks and stores the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The discount is outside (0, 1], the horizon negative or the cap below 1.</exception>
    public MdpSettings(double discount, int horizon, StateSpace states, int maxStates, Optimality likelihood)
    {
        if (!(discount > 0 && discount <= 1))
            throw new ArgumentOutOfRangeException(nameof(discount), discount, "The discount must lie in (0, 1].");
        if (horizon < 0)
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The horizon must be at least 1, or 0 for an infinite horizon.");
        if (maxStates < 1)
            throw new ArgumentOutOfRangeException(nameof(maxStates), maxStates, "The state cap must be at least 1.");
        Discount = discount;
        Horizon = horizon;
        States = states;
        MaxStates = maxStates;
        Likelihood = likelihood;
    }

    /// <summary>The discount factor γ in (0, 1].</summary>
    public double Discount { get; }

    /// <summary>The number of decision steps, or 0 for an infinite horizon.</summary>
    public int Horizon { get; }

    /// <summary>How the state space is found.</summary>
    public StateSpace States { get; }

    /// <summary>The cap on states discovered by a reachability search.</summary>
    public int MaxStates { get; }

    /// <summary>The optimality likelihood the rewards must express.</summary>
    public Optimality Likelihood { get; }
}
