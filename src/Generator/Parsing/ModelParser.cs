using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using MdpDsl.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

/// <summary>What the parser found: a spec for a valid model, or the diagnostics that explain why there is none.</summary>
internal sealed record ParseResult(MdpSpec? Spec, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Reads an [Mdp] class into an <see cref="MdpSpec"/>. This is the one place where the rules of a model live:
/// the generator emits code for a spec, and the analyzers report the diagnostics. It reports every problem it
/// finds, not only the first, and returns a spec only when none of them is an error (warnings, such as an
/// undiscounted endless model, still get their code). It never throws on malformed code.
/// </summary>
internal static partial class ModelParser
{
    /// <summary>
    /// More (state, action) pairs than this make <c>Compile()</c> call the user's members tens of millions of
    /// times and hold their rows in memory: worth a warning (MDP010), not a refusal.
    /// </summary>
    public const long MaxComfortablePairs = 10_000_000;

    /// <summary>
    /// Reads the model's declarations: its symbols and their shapes, never what its members compute. The rules on
    /// values (MDP006, MDP007) bind member bodies, which the analyzers do on their own; the generator, which
    /// reruns this on every edit, must not pay for them, and a model with a value error still gets its code.
    /// </summary>
    public static ParseResult Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var spec = new Reader(type, diagnostics, cancellationToken).Read();
        var valid = diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
        return new ParseResult(valid ? spec : null, diagnostics.ToImmutableArray());
    }

    private sealed partial class Reader
    {
        private readonly INamedTypeSymbol _type;
        private readonly List<Diagnostic> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly Location _location;

        public Reader(INamedTypeSymbol type, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            _type = type;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
            _location = type.Locations.FirstOrDefault() ?? Location.None;
        }

        public MdpSpec? Read()
        {
            var containing = ReadDeclaration();
            var settings = ReadSettings();
            var transition = Single(MetadataNames.Transition, "[Transition]");
            var reward = Single(MetadataNames.Reward, "[Reward]");
            var initial = Single(MetadataNames.Initial, "[Initial]", required: false);
            var terminal = Single(MetadataNames.Terminal, "[Terminal]", required: false);
            var allowed = Single(MetadataNames.Allowed, "[Allowed]", required: false);
            CheckEndless(settings, terminal);
            CheckGeneratedNames(settings.Reachable);
            if (transition is not IMethodSymbol transitionMethod)
            {
                if (transition is not null)
                    Report(Diagnostics.BadSignature, Where(transition), "[Transition] must be a method T(S state, A action)");
                return null;
            }
            if (transitionMethod.Parameters.Length != 2)
            {
                Report(Diagnostics.BadSignature, Where(transitionMethod), "[Transition] must take (S state, A action) and return S or IEnumerable<(S, double)>");
                return null;
            }

            var stateType = transitionMethod.Parameters[0].Type;
            var actionType = transitionMethod.Parameters[1].Type;
            if (stateType.TypeKind == TypeKind.Error || actionType.TypeKind == TypeKind.Error)
                return null;

            var takenNames = GeneratedApi.TakenNames(_type);
            var domains = new DomainParser(_diagnostics, _location, takenNames);
            var action = ReadAction(actionType, domains, transitionMethod);
            var state = ReadState(stateType, settings.Reachable, domains, transitionMethod);
            var deterministic = ReadTransitionShape(transitionMethod, stateType);
            var rewardShape = ReadRewardShape(reward, stateType, actionType);
            var initialShape = ReadInitialShape(initial, stateType);
            var features = ReadFeatures(stateType, actionType);
            CheckPredicate(terminal, "[Terminal]", "bool IsTerminal(S state)", stateType);
            CheckPredicate(allowed, "[Allowed]", "bool Allowed(S state, A action)", stateType, actionType);
            if (settings.Reachable && initial is null)
                Report(Diagnostics.MissingOrDuplicateMember, _location,
                    $"'{_type.Name}' uses StateSpace.Reachable, which searches from the [Initial] states; declare an [Initial] member");
            CheckSize(state, action);

            if (containing is null || state is null || action is null || deterministic is null || rewardShape is null || initialShape is null || reward is null)
                return null;

            var modelName = GeneratedApi.ModelNameFor(_type.Name);
            return new MdpSpec(
                Namespace: NamespaceOf(_type),
                ContainingTypes: containing.ToEquatableArray(),
                Keyword: Keyword(_type),
                Name: _type.Name,
                TypeName: TypeNames.FullyQualified(_type),
                ModelName: modelName,
                StateAccess: GeneratedApi.LeastAccess(_type, stateType),
                ActionAccess: GeneratedApi.LeastAccess(_type, actionType),
                ModelAccess: GeneratedApi.LeastAccess(_type, stateType, actionType),
                Hidden: GeneratedApi.Hidden(_type, GeneratedApi.MembersOf(_type.Name, _type, stateType, actionType, settings.Reachable), GeneratedInBase),
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
                Transition: Member(transitionMethod),
                Deterministic: deterministic.Value,
                Initial: initial is null ? null : Member(initial),
                InitialShape: initialShape.Value,
                Terminal: terminal is null ? null : Member(terminal),
                Allowed: allowed is null ? null : Member(allowed),
                Features: features,
                DynamicsName: GeneratedNames.Unused("Dynamics", takenNames));
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
        private static IEnumerable<GeneratedApi.Member> GeneratedInBase(INamedTypeSymbol type)
        {
            if (!type.Locations.Any(location => location.IsInSource) || !TypeNames.HasAttribute(type, MetadataNames.Mdp))
                return Enumerable.Empty<GeneratedApi.Member>();
            var transition = type.GetMembers().OfType<IMethodSymbol>().FirstOrDefault(m => TypeNames.HasAttribute(m, MetadataNames.Transition));
            if (transition is not { Parameters.Length: 2 })
                return Enumerable.Empty<GeneratedApi.Member>();
            var reachable = ModelSettings.Read(type)?.Reachable ?? false;
            return GeneratedApi.MembersOf(type.Name, type, transition.Parameters[0].Type, transition.Parameters[1].Type, reachable);
        }

        /// <summary>
        /// Neither a member of the model nor the model itself may take a name the generator gives to the model's own
        /// API (MDP002): C# allows no member named like its class (CS0542).
        /// </summary>
        private void CheckGeneratedNames(bool reachable)
        {
            var modelName = GeneratedApi.ModelNameFor(_type.Name);
            foreach (var member in _type.GetMembers())
            {
                if (!member.IsImplicitlyDeclared && GeneratedNames.IsPublic(member.Name, reachable, modelName))
                    Report(Diagnostics.MissingOrDuplicateMember, Where(member),
                        $"'{_type.Name}.{member.Name}' has a name the generator gives to the model's own API; rename this member");
            }
            if (GeneratedNames.IsPublic(_type.Name, reachable, modelName))
                Report(Diagnostics.MissingOrDuplicateMember, _location,
                    $"'{_type.Name}' has the name of a member the generator adds to it, which C# does not allow; rename the class");
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
        private void Report(DiagnosticDescriptor descriptor, Location location, string message, string? fix = null) =>
            _diagnostics.Add(Diagnostic.Create(descriptor, location.IsInSource ? location : _location, fix is null ? null : Diagnostics.Fix(fix), message));
    }
}
