using System;

namespace MdpDsl;

/// <summary>Marks <c>bool IsTerminal(S s)</c>: terminal states end the episode and have value 0 in every solver.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class TerminalAttribute : Attribute
{
}
