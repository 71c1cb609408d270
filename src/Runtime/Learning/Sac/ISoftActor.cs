using System;

namespace MdpDsl;

/// <summary>
/// The actor of soft actor-critic: a softmax policy π(a|s) ∝ exp z(s, a) over logits z, on a state representation
/// <typeparamref name="TState"/> and action indices. The tabular learner uses state indices (<see cref="ISoftActor"/>);
/// the approximate one uses typed states (<see cref="LinearSoftActor{TState}"/>, or any other approximator).
/// </summary>
/// <typeparam name="TState">What a state is to the actor: an index or a typed state.</typeparam>
public interface ISoftActor<in TState>
{
    /// <summary>Writes π(·|<paramref name="state"/>) into <paramref name="probabilities"/> (one entry per action): 0 on disallowed actions, summing to 1.</summary>
    void Probabilities(TState state, Span<double> probabilities);

    /// <summary>
    /// One gradient-descent step of size <paramref name="learningRate"/> on an objective whose gradient with
    /// respect to the logits z(<paramref name="state"/>, ·) is <paramref name="logitGradient"/>; an approximator
    /// chains it through ∂z/∂parameters.
    /// </summary>
    void Descend(TState state, ReadOnlySpan<double> logitGradient, double learningRate);
}

/// <summary>
/// An actor on state and action indices, such as the default <see cref="TabularSoftActor"/> of <c>model.Sac(...)</c>,
/// which takes any <see cref="ISoftActor{TState}"/> of <see cref="int"/>.
/// </summary>
public interface ISoftActor : ISoftActor<int>
{
}
