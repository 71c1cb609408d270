using System;

namespace MdpDsl;

/// <summary>Marks the action enum of a model.</summary>
[AttributeUsage(AttributeTargets.Enum, Inherited = false)]
public sealed class ActionAttribute : Attribute
{
}
