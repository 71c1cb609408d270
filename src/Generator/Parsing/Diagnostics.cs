using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

/// <summary>
/// The diagnostic catalogue (DESIGN.md §6). IDs are stable and never reused. The parser that finds these
/// problems is shared by the generator, which skips an invalid model, and the analyzers, which report it.
/// </summary>
internal static class Diagnostics
{
    private const string Category = "MdpDsl";

    public static readonly DiagnosticDescriptor NotPartial = Error(
        "MDP001", "[Mdp] type must be partial",
        "The [Mdp] type '{0}' must be declared partial (with every type that contains it) so that the generator can add its model");

    public static readonly DiagnosticDescriptor MissingOrDuplicateMember = Error(
        "MDP002", "Missing or duplicate model member",
        "{0}");

    public static readonly DiagnosticDescriptor BadAction = Error(
        "MDP003", "The action type must be an enum with members",
        "{0}");

    public static readonly DiagnosticDescriptor NoFiniteDomain = Error(
        "MDP004", "State field without a finite domain",
        "{0}");

    public static readonly DiagnosticDescriptor BadSignature = Error(
        "MDP005", "Member signature does not match the state and action types",
        "{0}");

    public static readonly DiagnosticDescriptor BadDiscountOrHorizon = Error(
        "MDP008", "Discount outside (0, 1] or horizon below 1",
        "{0}");

    public static readonly DiagnosticDescriptor StateSpaceTooLarge = Error(
        "MDP010", "State space too large",
        "{0}");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
