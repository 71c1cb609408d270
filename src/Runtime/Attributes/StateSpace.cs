namespace MdpDsl;

/// <summary>How the states of a model are found.</summary>
public enum StateSpace
{
    /// <summary>Every value of the finite state type is a state; the count is known at compile time.</summary>
    Enumerated,

    /// <summary>
    /// The states are those reachable from <see cref="InitialAttribute"/> states, found breadth-first when the
    /// model is compiled. For state types without a finite domain.
    /// </summary>
    Reachable,
}
