using System;

namespace MdpDsl;

/// <summary>Marks the start: a property or parameterless method returning a state, or a distribution <c>IEnumerable&lt;(S, double)&gt;</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
public sealed class InitialAttribute : Attribute
{
}
