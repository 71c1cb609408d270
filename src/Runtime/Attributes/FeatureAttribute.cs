using System;

namespace MdpDsl;

/// <summary>
/// Marks a feature φᵢ: <c>double F(S s)</c> or <c>double F(S s, A a)</c>. The generated model's <c>Features()</c>
/// collects every feature, named after its member, into a <see cref="FeatureMatrix"/> for linear rewards
/// r(s, a) = θ · φ(s, a), as maximum-entropy inverse RL learns them.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class FeatureAttribute : Attribute
{
}
