using System;

namespace MdpDsl;

/// <summary>
/// The actor of <c>Sac</c>: a softmax policy π(a|s) ∝ exp z(s, a) over logits z, on state and action indices. Implement
/// it to plug in an approximator other than the default <see cref="TabularSoftActor"/>.
/// </summary>
public interface ISoftActor
{
    /// <summary>Writes π(·|<paramref name="state"/>) into <paramref name="probabilities"/> (one entry per action): 0 on disallowed actions, summing to 1.</summary>
    void Probabilities(int state, Span<double> probabilities);

    /// <summary>
    /// One gradient-descent step of size <paramref name="learningRate"/> on an objective whose gradient with
    /// respect to the logits z(<paramref name="state"/>, ·) is <paramref name="logitGradient"/>; an approximator
    /// chains it through ∂z/∂parameters.
    /// </summary>
    void Descend(int state, ReadOnlySpan<double> logitGradient, double learningRate);
}
