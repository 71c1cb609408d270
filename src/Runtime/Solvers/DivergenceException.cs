using System;

namespace MdpDsl;

/// <summary>Thrown when a solver's values stop being finite. The message names the iteration and the state at fault.</summary>
public sealed class DivergenceException : Exception
{
    internal DivergenceException(string message, int iteration, object? state, double value)
        : base(message)
    {
        Iteration = iteration;
        State = state;
        Value = value;
    }

    /// <summary>The iteration at which the values stopped being finite.</summary>
    public int Iteration { get; }

    /// <summary>The first state whose value is not finite.</summary>
    public object? State { get; }

    /// <summary>That state's value.</summary>
    public double Value { get; }
}
