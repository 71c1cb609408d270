using System;

namespace MdpDsl;

/// <summary>Marks the reward member: <c>double R(S s)</c>, <c>double R(S s, A a)</c> or <c>double R(S s, A a, S next)</c>.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class RewardAttribute : Attribute
{
}
