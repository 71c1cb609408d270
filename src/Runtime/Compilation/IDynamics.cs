namespace MdpDsl.Compilation;

/// <summary>
/// The members of an <see cref="MdpAttribute"/> model as <see cref="ModelCompiler"/> sees them. Generated code
/// implements it with a struct that forwards to the user's members, so the compiler's loop is specialized and
/// the calls inline.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public interface IDynamics<TState, TAction>
{
    /// <summary>True when every (state, action) has exactly one successor, which compiles to storage without probabilities.</summary>
    bool IsDeterministic { get; }

    /// <summary>True when the reward is r(s, a, s'); otherwise it is evaluated once per (state, action).</summary>
    bool RewardDependsOnNext { get; }

    /// <summary>Whether <paramref name="state"/> ends the episode (false when the model declares no <see cref="TerminalAttribute"/>).</summary>
    bool IsTerminal(TState state);

    /// <summary>Whether <paramref name="action"/> may be taken in <paramref name="state"/> (true when the model declares no <see cref="AllowedAttribute"/>).</summary>
    bool IsAllowed(TState state, TAction action);

    /// <summary>The reward of taking <paramref name="action"/> in <paramref name="state"/> and landing in <paramref name="next"/>.</summary>
    double Reward(TState state, TAction action, TState next);

    /// <summary>Adds the successors of (<paramref name="state"/>, <paramref name="action"/>) with their probabilities.</summary>
    void Successors(TState state, TAction action, Successors<TState> successors);

    /// <summary>Adds the initial states with their probabilities; adds nothing when the model declares no <see cref="InitialAttribute"/>.</summary>
    void Initial(Successors<TState> start);
}
