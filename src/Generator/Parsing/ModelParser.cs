using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Threading;
using MdpDsl.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

/// <summary>What the parser found: a spec for a model whose shape can be emitted, and every diagnostic of its declarations.</summary>
internal sealed record ParseResult(MdpSpec? Spec, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Reads an [Mdp] class into an <see cref="MdpSpec"/>. This is the one place where the rules of a model's
/// declarations live: the generator emits code for a spec, and the analyzers report the diagnostics. It reports
/// every problem it finds, not only the first, and returns a spec unless one of them is an error about the model's
/// shape (<see cref="Diagnostics.IsShapeError"/>): a bad discount still gets its code, so that the user sees that
/// one error and not also every use of <c>Compile()</c> failing. What member bodies compute (MDP006, MDP007,
/// MDP009, MDP019) is the analyzers' alone. It never throws on malformed code.
/// </summary>
internal static partial class ModelParser
{
    /// <summary>
    /// More table entries than this make <c>Compile()</c> call the user's members tens of millions of times and
    /// hold their rows in memory, or a finite-horizon solver hold that many values per stage: worth a warning
    /// (MDP012), not a refusal.
    /// </summary>
    public const long MaxComfortableEntries = 10_000_000;

    /// <summary>
    /// The most elements a .NET array holds (<c>Array.MaxLength</c>): the runtime stores one reward per
    /// (state, action) in one array, so a model with more pairs cannot be compiled at all (MDP010).
    /// </summary>
    public const long MaxArrayLength = 0x7FFFFFC7;

    /// <summary>A count with thousands separators, as diagnostics show it.</summary>
    public static string FormatCount(BigInteger count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Reads <paramref name="type"/>, resolving the DSL's attribute types through its own <c>[Mdp]</c>.</summary>
    public static ParseResult Parse(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        KnownTypes.FromModel(type) is { } known
            ? Parse(type, known, cancellationToken)
            : new ParseResult(null, ImmutableArray<Diagnostic>.Empty);

    /// <summary>Reads <paramref name="type"/> with the DSL's attribute types already resolved for its compilation.</summary>
    public static ParseResult Parse(INamedTypeSymbol type, KnownTypes known, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var spec = new Reader(type, known, diagnostics, cancellationToken).Read();
        return new ParseResult(diagnostics.Any(Diagnostics.IsShapeError) ? null : spec, diagnostics.ToImmutableArray());
    }

    private sealed partial class Reader
    {
        private readonly INamedTypeSymbol _type;
        private readonly KnownTypes _known;
        private readonly List<Diagnostic> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly Location _location;
        private readonly ModelMembers _members;
        private readonly string _modelName;
        private readonly HashSet<string> _mentioned;

        public Reader(INamedTypeSymbol type, KnownTypes known, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            _type = type;
            _known = known;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
            _location = type.Locations.FirstOrDefault() ?? Location.None;
            _members = ModelMembers.Collect(type, known);
            _mentioned = GeneratedApi.MentionedNames(type);
            _modelName = GeneratedApi.ModelNameFor(type, _mentioned);
        }

        public MdpSpec? Read()
        {
            var containing = ReadDeclaration();
            var settings = ReadSettings();
            var transition = Single(_known.Transition, "[Transition]");
            var reward = Single(_known.Reward, "[Reward]");
            var initial = Single(_known.Initial, "[Initial]", required: false);
            var terminal = Single(_known.Terminal, "[Terminal]", required: false);
            var allowed = Single(_known.Allowed, "[Allowed]", required: false);
            CheckEndless(settings, terminal);
            CheckGeneratedNames(settings.Reachable);
            // The state and action types are read from the first two parameters; a Successors<S> among them is a sink
            // out of place, which would otherwise be reported as a state or action type that is not one.
            if (transition is not IMethodSymbol { Parameters.Length: 2 or 3 } transitionMethod ||
                transitionMethod.Parameters.Take(2).Any(p => IsSuccessors(p.Type)))
            {
                if (transition is not null)
                    ReportSignature(transition, "[Transition]", TransitionSignatures(transition.Name, "S", "A"));
                return null;
            }

            var stateType = transitionMethod.Parameters[0].Type;
            var actionType = transitionMethod.Parameters[1].Type;
            if (stateType.TypeKind == TypeKind.Error || actionType.TypeKind == TypeKind.Error)
                return null;

            var takenNames = GeneratedApi.TakenNames(_type);
            takenNames.UnionWith(_mentioned);
            var domains = new DomainParser(_diagnostics, _location, _type, _known, takenNames);
            var action = ReadAction(actionType, domains, transitionMethod);
            var state = ReadState(stateType, settings.Reachable, domains, transitionMethod);
            var finiteState = settings.Reachable && state is not null ? domains.ParseUnindexed(stateType, stateType.Locations.FirstOrDefault() ?? _location) : state;
            var transitionShape = ReadTransitionShape(transitionMethod, stateType, actionType);
            var rewardShape = ReadRewardShape(reward, stateType, actionType);
            var initialShape = ReadInitialShape(initial, stateType);
            var features = ReadFeatures(stateType, actionType);
            CheckPredicate(terminal, "[Terminal]", $"bool IsTerminal({stateType.Name} state)", stateType);
            CheckPredicate(allowed, "[Allowed]", $"bool Allowed({stateType.Name} state, {actionType.Name} action)", stateType, actionType);
            if (settings.Reachable && initial is null)
                Report(Diagnostics.MemberCount, _location, _type.Name, "[Initial]", 0);
            CheckSize(state, action, settings);

            if (containing is null || state is null || action is null || transitionShape is null || rewardShape is null || initialShape is null || reward is null)
                return null;
            // The discount is emitted as a literal, which NaN and ∞ have not: such a model keeps its MDP008 and gets no code.
            if (double.IsNaN(settings.Discount) || double.IsInfinity(settings.Discount))
                return null;

            return new MdpSpec(
                Namespace: NamespaceOf(_type),
                ContainingTypes: containing.ToEquatableArray(),
                Keyword: Keyword(_type),
                Name: _type.Name,
                TypeName: TypeNames.FullyQualified(_type),
                ModelName: _modelName,
                StateAccess: GeneratedApi.MemberAccess(_type, stateType),
                ActionAccess: GeneratedApi.MemberAccess(_type, actionType),
                ModelAccess: GeneratedApi.MemberAccess(_type, stateType, actionType),
                Hidden: GeneratedApi.Hidden(_type, GeneratedApi.MembersOf(_modelName, _type, stateType, actionType, settings.Reachable), GeneratedInBase),
                Discount: settings.Discount,
                Horizon: settings.Horizon,
                Reachable: settings.Reachable,
                MaxStates: settings.MaxStates,
                ExponentialLikelihood: settings.Exponential,
                State: state,
                Action: action,
                Spaces: domains.Spaces.ToEquatableArray(),
                Reward: Member(reward),
                RewardShape: rewardShape.Value,
                // A sink of nullable states is passed the compiler's buffer with a '!', as a nullable return is read.
                Transition: transitionShape == TransitionShape.Sink
                    ? Member(transitionMethod) with { MayReturnNull = AdmitsNull(transitionMethod.Parameters[2].Type) }
                    : Member(transitionMethod),
                TransitionShape: transitionShape.Value,
                Initial: initial is null ? null : Member(initial),
                InitialShape: initialShape.Value,
                Terminal: terminal is null ? null : Member(terminal),
                Allowed: allowed is null ? null : Member(allowed),
                Features: features,
                DynamicsName: GeneratedNames.Unused("Dynamics", takenNames),
                FiniteState: finiteState,
                Encoding: EncodingNamesFor(stateType, actionType, takenNames));
        }

        /// <summary>
        /// Names for the encoder and range-check structs that neither a member of the model nor the generated API takes
        /// (an action type named <c>Action</c> must not make a struct named <c>ActionEncoder</c>); one encoder when the
        /// state type is the action type.
        /// </summary>
        private static EncodingNames EncodingNamesFor(ITypeSymbol stateType, ITypeSymbol actionType, HashSet<string> takenNames)
        {
            takenNames.UnionWith(GeneratedNames.All);
            var stateEncoder = GeneratedNames.Unused(stateType.Name + "Encoder", takenNames);
            var actionEncoder = Same(stateType, actionType) ? stateEncoder : GeneratedNames.Unused(actionType.Name + "Encoder", takenNames);
            return new EncodingNames(stateEncoder, actionEncoder, GeneratedNames.Unused(stateType.Name + "Bounds", takenNames));
        }

        /// <summary>The namespace's parts as the compiler reads them, outermost first.</summary>
        private static EquatableArray<string> NamespaceOf(INamedTypeSymbol type)
        {
            var parts = new List<string>();
            for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
                parts.Insert(0, ns.Name);
            return parts.ToEquatableArray();
        }

        /// <summary>
        /// The public API the generator adds to <paramref name="type"/> when it is a model of this compilation: its
        /// generated members are not among its symbols yet, but a model deriving from it hides them all the same.
        /// </summary>
        private IEnumerable<GeneratedApi.Member> GeneratedInBase(INamedTypeSymbol type)
        {
            if (!type.Locations.Any(location => location.IsInSource) || !KnownTypes.Has(type, _known.Mdp))
                return Enumerable.Empty<GeneratedApi.Member>();
            var transition = type.GetMembers().OfType<IMethodSymbol>().FirstOrDefault(m => KnownTypes.Has(m, _known.Transition));
            if (transition is not { Parameters.Length: 2 or 3 })
                return Enumerable.Empty<GeneratedApi.Member>();
            var reachable = ModelSettings.Read(type, _known)?.Reachable ?? false;
            return GeneratedApi.MembersOf(GeneratedApi.ModelNameFor(type, GeneratedApi.MentionedNames(type)), type, transition.Parameters[0].Type, transition.Parameters[1].Type, reachable);
        }

        /// <summary>
        /// Neither a member of the model nor the model itself may take a name the generator gives to the model's own
        /// API (MDP014): C# allows no member named like its class (CS0542).
        /// </summary>
        private void CheckGeneratedNames(bool reachable)
        {
            foreach (var member in _members.Declared)
            {
                if (GeneratedNames.IsPublic(member.Name, reachable, _modelName))
                    Report(Diagnostics.ReservedName, Where(member), _type.Name, member.Name);
            }
            if (GeneratedNames.IsPublic(_type.Name, reachable, _modelName))
                Report(Diagnostics.ReservedName, _location, _type.Name, _type.Name);
        }

        private static bool Same(ITypeSymbol a, ITypeSymbol b) => SymbolEqualityComparer.Default.Equals(a, b);

        private static MemberSpec Member(ISymbol member) => new(member.Name, member.IsStatic, member switch
        {
            IMethodSymbol method => AdmitsNull(method.ReturnType),
            IPropertySymbol property => AdmitsNull(property.Type),
            _ => false,
        });

        /// <summary>Whether a type, or a type argument or tuple element within it, is annotated as nullable.</summary>
        private static bool AdmitsNull(ITypeSymbol type) =>
            type.NullableAnnotation == NullableAnnotation.Annotated ||
            type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Any(AdmitsNull);

        private Location Where(ISymbol symbol) => symbol.Locations.FirstOrDefault() ?? _location;

        /// <summary>Reports at <paramref name="location"/>, or at the model when it lies outside the source (a type from a reference).</summary>
        private void Report(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
            ReportWithFix(descriptor, location, null, arguments);

        /// <summary>As <see cref="Report"/>, for a diagnostic that admits the code fix <paramref name="fix"/>.</summary>
        private void ReportWithFix(DiagnosticDescriptor descriptor, Location location, string? fix, params object[] arguments) =>
            _diagnostics.Add(Diagnostic.Create(descriptor, location.IsInSource ? location : _location, fix is null ? null : Diagnostics.Fix(fix), arguments));

        /// <summary>MDP005 on <paramref name="member"/>, which should have one of <paramref name="signatures"/>.</summary>
        private void ReportSignature(ISymbol member, string attribute, string signatures) =>
            Report(Diagnostics.BadSignature, Where(member), attribute, member.Name, signatures);
    }
}
