namespace MdpDsl;

/// <summary>
/// The critic of soft actor-critic and approximate soft Q-learning: an estimate Q(s, a) and a slowly following target
/// copy Q̄, on a state representation <typeparamref name="TState"/> and action indices. The tabular learners use state
/// indices (<see cref="ISoftCritic"/>); the approximate ones use the typed states a simulator produces, so a critic
/// can compute features of them (<see cref="LinearSoftCritic{TState}"/>) or run any other approximator on them.
/// Only allowed actions are asked about.
/// </summary>
/// <typeparam name="TState">What a state is to the critic: an index or a typed state.</typeparam>
public interface ISoftCritic<in TState>
{
    /// <summary>Q(s, a).</summary>
    double Value(TState state, int action);

    /// <summary>The target critic's Q̄(s, a), which the soft Bellman targets are computed from.</summary>
    double TargetValue(TState state, int action);

    /// <summary>One gradient step of size <paramref name="learningRate"/> on ½ (Q(s, a) − <paramref name="target"/>)².</summary>
    void Update(TState state, int action, double target, double learningRate);

    /// <summary>
    /// Moves the target toward the critic: Q̄ ← τ Q + (1 − τ) Q̄ (on the parameters, for an approximator); τ = 1 copies
    /// the critic.
    /// </summary>
    void UpdateTarget(double tau);
}

/// <summary>
/// A critic on state and action indices (<c>model.StateAt(state)</c> and <c>model.ActionAt(action)</c> give their
/// typed values), such as the default <see cref="TabularSoftCritic"/> of <c>model.Sac(...)</c>, which takes any
/// <see cref="ISoftCritic{TState}"/> of <see cref="int"/>.
/// </summary>
public interface ISoftCritic : ISoftCritic<int>
{
}
