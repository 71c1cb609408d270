namespace MdpDsl.Generator.Tests.Execution;

/// <summary>Compares numbers up to an absolute tolerance, for asserting whole arrays of values against closed forms.</summary>
internal sealed class Tolerance(double absolute) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= absolute;

    // Equality with a tolerance is not transitive, so no hash can agree with it; xunit compares arrays element-wise
    // and never hashes.
    public int GetHashCode(double value) => 0;
}
