namespace MdpDsl;

/// <summary>
/// The critic of <c>Sac</c>: an estimate Q(s, a) and a slowly following target copy Q̄, on state and action indices
/// (<c>model.StateAt(state)</c> and <c>model.ActionAt(action)</c> give their typed values). Implement it to plug in
/// an approximator other than the default <see cref="TabularSoftCritic"/>. Only allowed actions are asked about.
/// </summary>
public interface ISoftCritic
{
    /// <summary>Q(s, a).</summary>
    double Value(int state, int action);

    /// <summary>The target critic's Q̄(s, a), which the soft Bellman targets are computed from.</summary>
    double TargetValue(int state, int action);

    /// <summary>One gradient step of size <paramref name="learningRate"/> on ½ (Q(s, a) − <paramref name="target"/>)².</summary>
    void Update(int state, int action, double target, double learningRate);

    /// <summary>Polyak averaging of the target: Q̄ ← τ Q + (1 − τ) Q̄ (on the parameters, for an approximator).</summary>
    void UpdateTarget(double tau);
}
