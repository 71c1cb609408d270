using System;
using MdpDsl.Foundation;

namespace MdpDsl;

/// <summary>
/// A solver stopped at its iteration limit before its stopping rule was met, and the caller asked for a converged
/// result (<c>Solution.EnsureConverged()</c>).
/// </summary>
public sealed class NotConvergedException : InvalidOperationException
{
    /// <summary>Creates the exception for a solve that stopped after <paramref name="iterations"/> iterations.</summary>
    public NotConvergedException(int iterations, double residual)
        : base($"The solver stopped after {iterations} iterations without meeting its stopping rule: its last residual was {NumberText.Short(residual)}. " +
               "Allow more iterations, loosen the tolerance, or use a method that converges faster on this model.")
    {
        Iterations = iterations;
        Residual = residual;
    }

    /// <summary>The number of iterations performed.</summary>
    public int Iterations { get; }

    /// <summary>The largest value change in the last iteration.</summary>
    public double Residual { get; }
}
