namespace MdpDsl.Runtime.Tests.TestModels;

/// <summary>Floating-point assertions that say which value was off.</summary>
public static class Approx
{
    /// <summary>|expected − actual| ≤ tolerance; equal infinities also match.</summary>
    public static void Equal(double expected, double actual, double tolerance, string what)
    {
        if (expected == actual || Math.Abs(expected - actual) <= tolerance)
            return;
        Assert.Fail($"{what}: expected {expected:R}, got {actual:R} (difference {Math.Abs(expected - actual):R}, tolerance {tolerance:R}).");
    }

    /// <summary>Every state's value matches, to <paramref name="tolerance"/>.</summary>
    public static void Values(double[] expected, StateValues<int> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var s = 0; s < expected.Length; s++)
            Equal(expected[s], actual[s], tolerance, $"{what} V({s})");
    }

    /// <summary>Every (state, action) value matches, to <paramref name="tolerance"/> (−∞ for disallowed pairs).</summary>
    public static void ActionValues(double[,] expected, ActionValues<int, Act> actual, double tolerance, string what)
    {
        for (var s = 0; s < expected.GetLength(0); s++)
        {
            for (var a = 0; a < expected.GetLength(1); a++)
                Equal(expected[s, a], actual[s, (Act)a], tolerance, $"{what} Q({s}, {(Act)a})");
        }
    }
}
