using System;

namespace MdpDsl;

/// <summary>Marks <c>bool Allowed(S s, A a)</c>, which masks the actions available in each state.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AllowedAttribute : Attribute
{
}
