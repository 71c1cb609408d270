using System;

namespace MdpDsl;

/// <summary>
/// Marks the action type of a model: an enum, or a struct or record struct whose fields are finite (<c>bool</c>, enums,
/// integers with <see cref="RangeAttribute"/>, nested <c>[Action]</c> types), indexed mixed-radix like a state.
/// Actions are value types: a class or record class is reported as MDP003.
/// </summary>
/// <remarks>
/// It may be put on a class too, so that the compiler leaves the check to the MdpDsl analyzers, which say what to
/// change (MDP003), instead of stopping every analyzer with CS0592.
/// </remarks>
[AttributeUsage(AttributeTargets.Enum | AttributeTargets.Struct | AttributeTargets.Class, Inherited = false)]
public sealed class ActionAttribute : Attribute
{
}
