namespace MdpDsl;

/// <summary>Limits that keep a compiled model within memory.</summary>
public static class StateSpaceLimits
{
    /// <summary>The default cap on states discovered by a <see cref="StateSpace.Reachable"/> search.</summary>
    public const int DefaultMaxStates = 1_000_000;
}
