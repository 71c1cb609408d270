using System;

namespace MdpDsl;

/// <summary>
/// Thrown when a solver's or learner's values stop being finite. The message names the iteration (for a learner,
/// the step), the state and, for a learner, the action at fault.
/// </summary>
public sealed class DivergenceException : Exception
{
    internal DivergenceException(string message, int iteration, object? state, double value)
        : this(message, iteration, state, action: null, value)
    {
    }

    internal DivergenceException(string message, int iteration, object? state, object? action, double value)
        : base(message)
    {
        Iteration = iteration;
        State = state;
        Action = action;
        Value = value;
    }

    /// <summary>The iteration at which the values stopped being finite; for a learner, the simulator step, counted from 1.</summary>
    public int Iteration { get; }

    /// <summary>The first state whose value is not finite.</summary>
    public object? State { get; }

    /// <summary>For a learner, the action whose update produced the value; null for the exact solvers.</summary>
    public object? Action { get; }

    /// <summary>That state's value.</summary>
    public double Value { get; }
}
