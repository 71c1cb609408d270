namespace MdpDsl.Generator.Parsing;

/// <summary>
/// The part a finite domain plays in a model. States and actions share one set of rules; the role decides only
/// which attribute marks a nested type and which words a diagnostic uses.
/// </summary>
internal enum DomainRole
{
    /// <summary>The state type, or a type nested in it.</summary>
    State,

    /// <summary>The action type, or a type nested in it.</summary>
    Action,
}
