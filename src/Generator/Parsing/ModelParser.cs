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

    /// <summary>Reads the model's declarations only: its symbols and their shapes, not what its members compute.</summary>
    public static ParseResult Parse(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        Parse(type, bodies: null, cancellationToken);

    /// <summary>
    /// Reads the model and, when <paramref name="bodies"/> are given, also checks what its reward and distributions
    /// compute (MDP006, MDP007), so that a model with such an error gets no spec either.
    /// </summary>
    public static ParseResult Parse(INamedTypeSymbol type, MemberBodies? bodies, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var spec = new Reader(type, diagnostics, bodies, cancellationToken).Read();
        var valid = diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
        return new ParseResult(valid ? spec : null, diagnostics.ToImmutableArray());
    }

    private sealed partial class Reader
    {
        private readonly INamedTypeSymbol _type;
        private readonly List<Diagnostic> _diagnostics;
        private readonly MemberBodies? _bodies;
        private readonly CancellationToken _cancellationToken;
        private readonly Location _location;

        public Reader(INamedTypeSymbol type, List<Diagnostic> diagnostics, MemberBodies? bodies, CancellationToken cancellationToken)
        {
            _type = type;
            _diagnostics = diagnostics;
            _bodies = bodies;
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
            CheckBodies(settings, reward, transition, initial);
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

            var domains = new DomainParser(_diagnostics, _location, MemberNames());
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

            return new MdpSpec(
                Namespace: _type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
                ContainingTypes: containing.ToEquatableArray(),
                Keyword: Keyword(_type),
                Name: _type.Name,
                TypeName: TypeNames.FullyQualified(_type),
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
                DynamicsName: GeneratedNames.Unused("Dynamics", new HashSet<string>(MemberNames())));
        }

        /// <summary>Every member name, nested types included (<c>INamedTypeSymbol.MemberNames</c> leaves them out).</summary>
        private IEnumerable<string> MemberNames() => _type.GetMembers().Select(m => m.Name);

        /// <summary>A member of the model may not take a name the generator adds to it (MDP002).</summary>
        private void CheckGeneratedNames(bool reachable)
        {
            foreach (var member in _type.GetMembers())
            {
                if (!member.IsImplicitlyDeclared && GeneratedNames.IsPublic(member.Name, reachable))
                    Report(Diagnostics.MissingOrDuplicateMember, Where(member),
                        $"'{_type.Name}.{member.Name}' has a name the generator gives to the model's own API; rename this member");
            }
        }

        private static bool Same(ITypeSymbol a, ITypeSymbol b) => SymbolEqualityComparer.Default.Equals(a, b);

        private static MemberSpec Member(ISymbol member) => new(member.Name, member.IsStatic);

        private Location Where(ISymbol symbol) => symbol.Locations.FirstOrDefault() ?? _location;

        /// <summary>Reports at <paramref name="location"/>, or at the model when it lies outside the source (a type from a reference).</summary>
        private void Report(DiagnosticDescriptor descriptor, Location location, string message, string? fix = null) =>
            _diagnostics.Add(Diagnostic.Create(descriptor, location.IsInSource ? location : _location, fix is null ? null : Diagnostics.Fix(fix), message));
    }
}
