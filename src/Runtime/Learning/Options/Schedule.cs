using System;
using MdpDsl.Foundation;

namespace MdpDsl;

/// <summary>
/// A step size or exploration rate that decays with a count n = 1, 2, …: x(n) = <see cref="Initial"/> · n^−<see cref="Exponent"/>.
/// Exponent 0 keeps it constant. An exponent in (½, 1] meets the Robbins–Monro conditions Σ x(n) = ∞ and
/// Σ x(n)² &lt; ∞ under which tabular temporal-difference learning converges; for exploration, any positive
/// exponent makes ε-greedy behaviour greedy in the limit. Each learner's options say what n counts
/// (usually the updates of the entry being changed). A <see cref="double"/> converts to a constant schedule.
/// </summary>
public readonly record struct Schedule
{
    private Schedule(double initial, double exponent) => (Initial, Exponent) = (initial, exponent);

    /// <summary>x(1), the first value.</summary>
    public double Initial { get; }

    /// <summary>The decay exponent ω in x(n) = x(1) · n^−ω; 0 for a constant.</summary>
    public double Exponent { get; }

    /// <summary>The same value at every count.</summary>
    public static Schedule Constant(double value) => new(value, 0);

    /// <summary>x(n) = <paramref name="initial"/> · n^−<paramref name="exponent"/>.</summary>
    public static Schedule Decaying(double initial, double exponent) => new(initial, exponent);

    /// <summary>A constant schedule.</summary>
    public static implicit operator Schedule(double value) => Constant(value);

    /// <summary>x(n) at count <paramref name="count"/> ≥ 1.</summary>
    public double At(long count) => Exponent == 0 ? Initial : Initial * Math.Pow(count, -Exponent);

    /// <inheritdoc/>
    public override string ToString() => Exponent == 0 ? NumberText.Short(Initial) : $"{NumberText.Short(Initial)}·n^-{NumberText.Short(Exponent)}";

    /// <summary>A step size: x(1) in (0, 1] and ω in [0, 1], so that no step overshoots its target.</summary>
    internal void CheckRate(string name)
    {
        if (!(Initial > 0 && Initial <= 1))
            throw new ArgumentOutOfRangeException(name, Initial, $"{name} must start in (0, 1].");
        CheckExponent(name);
    }

    /// <summary>A probability: x(1) in [0, 1] and ω in [0, 1].</summary>
    internal void CheckProbability(string name)
    {
        if (!(Initial >= 0 && Initial <= 1))
            throw new ArgumentOutOfRangeException(name, Initial, $"{name} must start in [0, 1].");
        CheckExponent(name);
    }

    // Beyond 1 the steps sum to a finite total, so the estimates stop moving before they have learned.
    private void CheckExponent(string name)
    {
        if (!(Exponent >= 0 && Exponent <= 1))
            throw new ArgumentOutOfRangeException(name, Exponent, $"The decay exponent of {name} must lie in [0, 1].");
    }
}
