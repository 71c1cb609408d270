using System;
using System.Globalization;

namespace MdpDsl.Foundation;

/// <summary>The argument checks the solvers and learners share, so that each message is written once.</summary>
internal static class SolverArguments
{
    /// <summary>The smallest temperature whose reciprocal is finite (1/<see cref="double.MaxValue"/> itself rounds to +∞ when inverted).</summary>
    private static readonly double SmallestTemperature = Math.BitIncrement(1 / double.MaxValue);

    public static void CheckTolerance(double tolerance, int maxIterations)
    {
        if (!(tolerance > 0) || double.IsInfinity(tolerance))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive and finite.");
        if (maxIterations < 1)
            throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "At least one iteration is needed.");
    }

    public static void CheckHorizon(int horizon)
    {
        if (horizon < 1)
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The horizon must be at least 1.");
    }

    /// <summary>
    /// Throws unless <paramref name="temperature"/> is positive and finite and so is 1/T, which every soft backup
    /// multiplies by: below 1/<see cref="double.MaxValue"/> ≈ 5.6e-309 the reciprocal overflows to +∞.
    /// </summary>
    public static void CheckTemperature(double temperature, string name = "temperature")
    {
        if (!(temperature > 0) || double.IsInfinity(temperature))
            throw new ArgumentOutOfRangeException(name, temperature, "The temperature must be positive and finite.");
        if (double.IsInfinity(1 / temperature))
            throw new ArgumentOutOfRangeException(
                name, temperature,
                $"The temperature {temperature.ToString("R", CultureInfo.InvariantCulture)} is so small that 1/T overflows to infinity; " +
                $"use at least {SmallestTemperature.ToString("R", CultureInfo.InvariantCulture)}, or the hard solvers for T → 0.");
    }
}
