using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

/// <summary>
/// The diagnostic catalogue (DESIGN.md §6). IDs are stable and never reused; each has one descriptor, one severity,
/// one category and a message format whose arguments are the data of the case (names, numbers, signatures), so a
/// test checks the ID, the location and the arguments rather than sentences. The parser that finds the declaration
/// problems is shared by the generator, which skips a model only while it has a <em>shape</em> error, and the
/// analyzers, which report them all.
/// </summary>
internal static class Diagnostics
{
    /// <summary>
    /// Where the help pages live: the <c>docs/diagnostics/</c> folder of the repository the package was built from,
    /// set at build time by the MSBuild property <c>MdpDslHelpLinkBase</c> (by default derived from
    /// <c>RepositoryUrl</c>). A build that knows no such address links nothing rather than an invented one.
    /// Declared first: the descriptors below read it while the class initializes.
    /// </summary>
    public static readonly string? HelpLinkBase = typeof(Diagnostics).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == HelpLinkBaseKey)?.Value is { Length: > 0 } configured ? configured : null;

    /// <summary>The key of the assembly metadata that carries <see cref="HelpLinkBase"/>.</summary>
    public const string HelpLinkBaseKey = "MdpDslHelpLinkBase";

    /// <summary>The one category of every MdpDsl diagnostic.</summary>
    public const string Category = "MdpDsl";

    /// <summary>
    /// The custom tag of the rules about what a model's values are rather than its shape (its discount, its rewards,
    /// its probabilities): the generator still emits a model that breaks one, so that the user sees that one error
    /// and not also a missing <c>Compile()</c> at every call site.
    /// </summary>
    public const string ValueRuleTag = "MdpDslValueRule";

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

    /// <summary>MDP008, MDP011: set a discount inside (0, 1).</summary>
    public const string FixDiscount = "Discount";

    /// <summary>For <see cref="FixShiftRewards"/>: the largest reward, in invariant round-trip format.</summary>
    public const string MaxRewardProperty = "MaxReward";

    /// <summary>MDP001. {0}: the model type.</summary>
    public static readonly DiagnosticDescriptor NotPartial = Error(
        "MDP001", "[Mdp] type must be a non-generic, non-file-local partial type",
        "The [Mdp] type '{0}' must be partial, not generic and not file-local, and so must every type that contains it, so that the generator can add one closed model to it in a file of its own");

    /// <summary>MDP002. {0}: the model; {1}: the attribute, as <c>[Reward]</c>; {2}: how many members carry it.</summary>
    public static readonly DiagnosticDescriptor MemberCount = Error(
        "MDP002", "Missing or duplicate model member",
        "'{0}' must have exactly one {1} member, but has {2}");

    /// <summary>MDP003. {0}: the action type.</summary>
    public static readonly DiagnosticDescriptor BadAction = Error(
        "MDP003", "The action type must be an enum with members, or a struct or record of finite fields",
        "The action type '{0}' must be an enum with at least one member, or a struct or record struct of finite fields that is not an open generic, not a ref struct and does not contain itself");

    /// <summary>MDP004. {0}: the field, as <c>Type.Field</c>; {1}: its type; {2}: the attribute a nested type needs, [State] or [Action].</summary>
    public static readonly DiagnosticDescriptor NoFiniteDomain = Error(
        "MDP004", "State or action field without a finite domain",
        "The field '{0}' of type '{1}' has no finite domain; use bool, an enum, an integer with [Range(min, max)] or a nested {2} type");

    /// <summary>MDP005. {0}: the attribute; {1}: the member; {2}: the signatures it may have.</summary>
    public static readonly DiagnosticDescriptor BadSignature = Error(
        "MDP005", "Member signature does not match the state and action types",
        "The {0} member '{1}' does not fit the model; it must be {2}");

    /// <summary>MDP006. {0}: the reward member; {1}: the positive value.</summary>
    public static readonly DiagnosticDescriptor PositiveReward = Error(
        "MDP006", "Positive expected reward under the exp(r) optimality likelihood",
        "The reward '{0}' makes the expected reward r(s, a) at least {1} here, but Likelihood = Optimality.Exponential needs every expected reward r(s, a) ≤ 0 so that exp(r) is a probability; subtract the largest reward from every reward",
        ValueRuleTag);

    /// <summary>MDP007. {0}: the member; {1}: the sum; {2}: its terms.</summary>
    public static readonly DiagnosticDescriptor BadProbabilitySum = Error(
        "MDP007", "Constant probabilities that do not sum to 1",
        "The probabilities of '{0}' here sum to {1} ({2}), not 1; make them add up to 1",
        ValueRuleTag);

    /// <summary>MDP008. {0}: the setting; {1}: its value; {2}: the values it may take.</summary>
    public static readonly DiagnosticDescriptor BadSetting = Error(
        "MDP008", "Discount outside (0, 1], horizon or search cap below 1",
        "{0} = {1} is not allowed; it must be {2}",
        ValueRuleTag);

    /// <summary>MDP009. {0}: the attribute; {1}: the member; {2}: what the API brings in; {3}: the API.</summary>
    public static readonly DiagnosticDescriptor Nondeterministic = Warning(
        "MDP009", "Reward or transition samples randomness, reads the clock or does I/O",
        "The {0} '{1}' depends on {2} through '{3}', but Compile() calls it once per (state, action) and keeps what it returned; describe every outcome with its probability and pass anything from outside in as a model parameter");

    /// <summary>MDP010. {0}: the state type or model; {1}: the count; {2}: what is counted; {3}: the largest array.</summary>
    public static readonly DiagnosticDescriptor TooLargeToIndex = Error(
        "MDP010", "State space or table too large to represent",
        "'{0}' has {1} {2}, more than the {3} an array can hold; narrow the state's [Range]s, or declare [Mdp(States = StateSpace.Reachable)] and learn from CreateSimulator(), which samples the transition without a table, with a learner that approximates values over the generated Encoder's features");

    /// <summary>MDP011. {0}: the model.</summary>
    public static readonly DiagnosticDescriptor UndiscountedEndless = Warning(
        "MDP011", "Undiscounted model without a horizon or terminal states",
        "'{0}' is undiscounted (Discount = 1) with neither a Horizon nor [Terminal] states, so its values may diverge; set a Discount below 1, a Horizon, or mark the states that end an episode [Terminal]");

    /// <summary>MDP012. {0}: the model; {1}: states; {2}: actions; {3}: table entries; {4}: the comfortable limit.</summary>
    public static readonly DiagnosticDescriptor ModelTooLarge = Warning(
        "MDP012", "Model too large to compile comfortably",
        "'{0}' has {1} states × {2} actions, {3} table entries over its stages, more than {4}; Compile() calls the transition once per (state, action) and keeps every row in memory, and a finite-horizon solver keeps a table per stage. Narrow the state's [Range]s, use [Mdp(States = StateSpace.Reachable)], or learn without a table from CreateSimulator() with a learner that approximates values over the generated Encoder's features");

    /// <summary>
    /// MDP013. {0}: the type; {1}: <c>State</c> or <c>Action</c>; {2}: the transition; {3}: advice for a type that
    /// cannot be marked (a tuple), or empty.
    /// </summary>
    public static readonly DiagnosticDescriptor UnmarkedType = Error(
        "MDP013", "State or action type not marked",
        "'{0}' is the {1} type of the transition '{2}', so it must be marked [{1}]{3}");

    /// <summary>The advice of MDP013 for a tuple, which no attribute can mark.</summary>
    public const string TupleAdvice =
        "; a tuple cannot carry attributes, so declare a record struct instead, e.g. [State] public readonly record struct Cell([Range(0, 4)] int X, [Range(0, 4)] int Y)";

    /// <summary>MDP014. {0}: the model; {1}: the member.</summary>
    public static readonly DiagnosticDescriptor ReservedName = Error(
        "MDP014", "Member named like the generated model's API",
        "'{0}.{1}' has a name the generator gives to the model's own API; rename this member");

    /// <summary>MDP015. {0}: the field; {1}: min; {2}: max; {3}: the field's type.</summary>
    public static readonly DiagnosticDescriptor BadRange = Error(
        "MDP015", "Empty range, or one its field's type cannot hold",
        "The field '{0}' has [Range({1}, {2})], which is empty or holds values its type '{3}' cannot; give a minimum at most the maximum, both within the type");

    /// <summary>MDP016. {0}: the state type.</summary>
    public static readonly DiagnosticDescriptor NotEnumerable = Error(
        "MDP016", "State type has no finite set of values",
        "The state type '{0}' must be an enum with members, or a struct or record of finite fields that is not abstract, not an open generic, not a ref struct and does not contain itself");

    /// <summary>MDP017. {0}: the state or action type; {1}: which of the two it is.</summary>
    public static readonly DiagnosticDescriptor NotBuildable = Error(
        "MDP017", "State or action type the generated code cannot build or read",
        "The generated model cannot build or read the {1} type '{0}'; give it a constructor that takes every field in order, or settable fields, accessible to the model and not [Obsolete] as errors");

    /// <summary>MDP018. {0}: the attribute; {1}: the member; {2}: the model.</summary>
    public static readonly DiagnosticDescriptor NotCallable = Error(
        "MDP018", "Model member the generated code cannot call",
        "The {0} member '{1}' cannot be called by the generated model; declare it as an ordinary member of '{2}', neither an explicit interface implementation nor [Obsolete] as an error");

    /// <summary>MDP019. {0}: the member; {1}: the probability.</summary>
    public static readonly DiagnosticDescriptor BadProbability = Error(
        "MDP019", "Constant probability outside [0, 1]",
        "The probability {1} in '{0}' is not in [0, 1]; every probability must lie in [0, 1]",
        ValueRuleTag);

    /// <summary>MDP020. {0}: the field, as <c>Type.Field</c>; {1}: why the attribute is ignored and what the encoder does instead.</summary>
    public static readonly DiagnosticDescriptor IgnoredEncoding = Warning(
        "MDP020", "Feature encoding that does not apply to its field",
        "The [Encoding] chosen for '{0}' does not apply and is ignored: {1}");

    /// <summary>MDP020's reason for a field that is not a [Range] integer.</summary>
    public const string EncodingWithoutChoice =
        "only [Range] integer fields have a choice of encoding; a bool or an enum is one-hot and a nested type is encoded field by field";

    /// <summary>MDP020's reason for a value that is neither OneHot nor Scaled nor both. {0}: the value.</summary>
    public const string EncodingUnknown = "{0} is not FeatureEncoding.OneHot, FeatureEncoding.Scaled or both; the field gets its default encoding";

    /// <summary>MDP020's reason for a one-hot block too long to be useful. {0}: the values in the range; {1}: the limit.</summary>
    public const string EncodingTooWide = "a one-hot block of {0} features is more than the {1} the encoder allows; the field is scaled";

    /// <summary>The widest range the encoder one-hot encodes even when asked: a longer block is no feature vector a learner can use.</summary>
    public const long MaxOneHotValues = 1 << 20;

    /// <summary>The properties of a diagnostic that admits the code fix <paramref name="fix"/>.</summary>
    public static ImmutableDictionary<string, string?> Fix(string fix) =>
        ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix);

    /// <summary>Whether <paramref name="diagnostic"/> is an error about the shape of a model, which gets no generated code.</summary>
    public static bool IsShapeError(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Error && !diagnostic.Descriptor.CustomTags.Contains(ValueRuleTag);

    /// <summary>The help page of <paramref name="id"/> under <paramref name="linkBase"/>, or null without a base.</summary>
    public static string? HelpLink(string? linkBase, string id) => linkBase is null ? null : linkBase.TrimEnd('/') + "/" + id + ".md";

    private static DiagnosticDescriptor Error(string id, string title, string message, params string[] tags) =>
        Descriptor(id, title, message, DiagnosticSeverity.Error, tags);

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        Descriptor(id, title, message, DiagnosticSeverity.Warning, System.Array.Empty<string>());

    private static DiagnosticDescriptor Descriptor(string id, string title, string message, DiagnosticSeverity severity, string[] tags) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLink(HelpLinkBase, id), customTags: tags);
}
