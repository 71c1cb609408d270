namespace MdpDsl;

/// <summary>
/// Whether a state lies within the domain its type declares (every integer field inside its <see cref="RangeAttribute"/>,
/// every enum field a declared member). Generated code implements it for <see cref="DirectSimulator{TState, TAction}"/>,
/// which checks each successor with it as <c>Compile()</c> checks it against the state index.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public interface IStateBounds<in TState>
{
    /// <summary>Whether <paramref name="state"/> lies within the declared domain; true for a type that declares none.</summary>
    bool Contains(TState state);
}
