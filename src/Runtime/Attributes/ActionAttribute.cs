using System;

namespace MdpDsl;

/// <summary>Marks the action type of a model: an enum.</summary>
/// <remarks>
/// It may also be put on a struct or class, so that the compiler leaves the check to the MdpDsl analyzers, which
/// say what to change (MDP003), instead of stopping every analyzer with CS0592.
/// </remarks>
[AttributeUsage(AttributeTargets.Enum | AttributeTargets.Struct | AttributeTargets.Class, Inherited = false)]
public sealed class ActionAttribute : Attribute
{
}
