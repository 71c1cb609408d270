using System;

namespace MdpDsl;

/// <summary>
/// Marks the dynamics: deterministic <c>S T(S s, A a)</c>, or stochastic <c>IEnumerable&lt;(S, double)&gt; T(S s, A a)</c>
/// or <c>void T(S s, A a, Successors&lt;S&gt; next)</c>, which adds its outcomes to <see cref="Successors{TState}"/> and
/// allocates nothing per call (duplicate successors are merged; probabilities must sum to 1).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class TransitionAttribute : Attribute
{
}
