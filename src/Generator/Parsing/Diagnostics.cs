using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

/// <summary>
/// The diagnostic catalogue (DESIGN.md §6). IDs are stable and never reused; every descriptor has one category
/// and a help link built from its ID. The parser that finds these problems is shared by the generator, which
/// skips a model with any error, and the analyzers, which report them.
/// </summary>
internal static class Diagnostics
{
    /// <summary>Where the help pages live: <c>docs/diagnostics/MDPnnn.md</c> of the project's repository.</summary>
    public const string HelpLinkBase = "https://github.com/mdpdsl/mdpdsl/blob/main/docs/diagnostics/";

    /// <summary>The one category of every MdpDsl diagnostic.</summary>
    public const string Category = "MdpDsl";

    /// <summary>
    /// The diagnostic property that names the code fix a diagnostic admits, one of the <c>Fix…</c> values below.
    /// A diagnostic without it has no mechanical fix (an MDP004 on a string field, say).
    /// </summary>
    public const string FixProperty = "Fix";

    /// <summary>MDP001: add <c>partial</c> to the model and the types that contain it.</summary>
    public const string FixMakePartial = "MakePartial";

    /// <summary>MDP004: give an integer state field a <c>[Range(min, max)]</c>.</summary>
    public const string FixAddRange = "AddRange";

    /// <summary>MDP006: subtract the largest constant reward from every constant reward.</summary>
    public const string FixShiftRewards = "ShiftRewards";

    /// <summary>MDP008: set a discount inside (0, 1).</summary>
    public const string FixDiscount = "Discount";

    /// <summary>For <see cref="FixShiftRewards"/>: the largest reward, in invariant round-trip format.</summary>
    public const string MaxRewardProperty = "MaxReward";

    public static readonly DiagnosticDescriptor NotPartial = Error(
        "MDP001", "[Mdp] type must be a non-generic partial type",
        "{0}");

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

    public static readonly DiagnosticDescriptor PositiveReward = Error(
        "MDP006", "Positive reward under the exp(r) optimality likelihood",
        "{0}");

    public static readonly DiagnosticDescriptor BadProbabilities = Error(
        "MDP007", "Constant probabilities that are negative or do not sum to 1",
        "{0}");

    public static readonly DiagnosticDescriptor BadDiscountOrHorizon = Error(
        "MDP008", "Discount outside (0, 1] or horizon below 1",
        "{0}");

    public static readonly DiagnosticDescriptor UndiscountedEndless = Warning(
        "MDP008", "Undiscounted model without a horizon or terminal states",
        "{0}");

    public static readonly DiagnosticDescriptor Nondeterministic = Warning(
        "MDP009", "Reward or transition samples randomness, reads the clock or does I/O",
        "{0}");

    public static readonly DiagnosticDescriptor StateSpaceTooLarge = Error(
        "MDP010", "State space too large",
        "{0}");

    public static readonly DiagnosticDescriptor ModelTooLarge = Warning(
        "MDP010", "Model too large to compile comfortably",
        "{0}");

    /// <summary>The properties of a diagnostic that admits the code fix <paramref name="fix"/>.</summary>
    public static ImmutableDictionary<string, string?> Fix(string fix) =>
        ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix);

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        Descriptor(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        Descriptor(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Descriptor(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
