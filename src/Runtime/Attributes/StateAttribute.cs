using System;

namespace MdpDsl;

/// <summary>Marks the state type of a model: an enum, or a struct or record whose fields are <c>bool</c>, enums, integers with <see cref="RangeAttribute"/>, or nested [State] types.</summary>
[AttributeUsage(AttributeTargets.Enum | AttributeTargets.Struct | AttributeTargets.Class, Inherited = false)]
public sealed class StateAttribute : Attribute
{
}
