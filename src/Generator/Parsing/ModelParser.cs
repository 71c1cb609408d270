using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using MdpDsl.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Generator.Parsing;

/// <summary>What the parser found: a spec for a valid model, or the diagnostics that explain why there is none.</summary>
internal sealed record ParseResult(MdpSpec? Spec, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Reads an [Mdp] class into an <see cref="MdpSpec"/>. This is the one place where the rules of a model live:
/// the generator emits code for a spec, and the analyzers report the diagnostics. It never throws on malformed
/// code; it reports and returns no spec.
/// </summary>
internal static class ModelParser
{
    public static ParseResult Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var spec = new Reader(type, diagnostics, cancellationToken).Read();
        return new ParseResult(diagnostics.Count == 0 ? spec : null, diagnostics.ToImmutableArray());
    }

    private sealed class Reader
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
            var containing = ContainingTypes();
            if (containing is null || !IsPartial(_type))
            {
                Report(Diagnostics.NotPartial, _location, _type.Name);
                return null;
            }
            if (_type.IsGenericType)
            {
                Report(Diagnostics.NotPartial, _location, _type.Name);
                return null;
            }

            var settings = ReadSettings();
            var transition = Single(MetadataNames.Transition, "[Transition]");
            var reward = Single(MetadataNames.Reward, "[Reward]");
            var initial = Single(MetadataNames.Initial, "[Initial]", required: false);
            var terminal = Single(MetadataNames.Terminal, "[Terminal]", required: false);
            var allowed = Single(MetadataNames.Allowed, "[Allowed]", required: false);
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

            var domains = new DomainParser(_diagnostics);
            var action = ReadAction(actionType, domains, transitionMethod);
            var state = ReadState(stateType, settings.Reachable, domains, transitionMethod);
            var deterministic = ReadTransitionShape(transitionMethod, stateType);
            var rewardShape = ReadRewardShape(reward, stateType, actionType);
            var initialShape = ReadInitialShape(initial, stateType);
            CheckPredicate(terminal, "[Terminal]", "bool IsTerminal(S state)", stateType);
            CheckPredicate(allowed, "[Allowed]", "bool Allowed(S state, A action)", stateType, actionType);
            if (settings.Reachable && initial is null)
                Report(Diagnostics.MissingOrDuplicateMember, _location,
                    $"'{_type.Name}' uses StateSpace.Reachable, which searches from the [Initial] states; declare an [Initial] member");

            if (_diagnostics.Count > 0 || state is null || action is null || deterministic is null || rewardShape is null || initialShape is null || reward is null)
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
                Allowed: allowed is null ? null : Member(allowed));
        }

        private (double Discount, int Horizon, bool Reachable, int MaxStates, bool Exponential) ReadSettings()
        {
            var attribute = _type.GetAttributes().First(a => TypeNames.Is(a.AttributeClass, MetadataNames.Mdp));
            var (discount, horizon, reachable, maxStates, exponential) = (1.0, 0, false, MetadataNames.DefaultMaxStates, false);
            foreach (var argument in attribute.NamedArguments)
            {
                switch (argument.Key, argument.Value.Value)
                {
                    case ("Discount", double value):
                        discount = value;
                        break;
                    case ("Horizon", int value):
                        horizon = value;
                        break;
                    case ("States", int value):
                        reachable = value == MetadataNames.ReachableStateSpace;
                        break;
                    case ("MaxStates", int value):
                        maxStates = value;
                        break;
                    case ("Likelihood", int value):
                        exponential = value == MetadataNames.ExponentialLikelihood;
                        break;
                }
            }

            var location = attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken).GetLocation() ?? _location;
            if (!(discount > 0 && discount <= 1))
                Report(Diagnostics.BadDiscountOrHorizon, location, $"The discount {discount} must lie in (0, 1]");
            if (horizon < 0)
                Report(Diagnostics.BadDiscountOrHorizon, location, $"The horizon {horizon} must be at least 1 (or left out for an infinite horizon)");
            if (maxStates < 1)
                Report(Diagnostics.BadDiscountOrHorizon, location, $"MaxStates {maxStates} must be at least 1");
            return (discount, horizon, reachable, maxStates, exponential);
        }

        private DomainSpec? ReadAction(ITypeSymbol actionType, DomainParser domains, IMethodSymbol transition)
        {
            if (actionType is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            {
                Report(Diagnostics.BadAction, Where(transition), $"The action type '{actionType.Name}' must be an enum marked [Action]");
                return null;
            }
            if (!TypeNames.HasAttribute(enumType, MetadataNames.Action))
            {
                Report(Diagnostics.MissingOrDuplicateMember, Where(transition), $"The action enum '{actionType.Name}' must be marked [Action]");
                return null;
            }
            return domains.ParseEnum(enumType, Diagnostics.BadAction, enumType.Locations.FirstOrDefault() ?? _location);
        }

        private DomainSpec? ReadState(ITypeSymbol stateType, bool reachable, DomainParser domains, IMethodSymbol transition)
        {
            if (!TypeNames.HasAttribute(stateType, MetadataNames.State))
            {
                Report(Diagnostics.MissingOrDuplicateMember, Where(transition), $"The state type '{stateType.Name}' must be marked [State]");
                return null;
            }
            if (reachable)
                return new DomainSpec(TypeNames.FullyQualified(stateType), stateType.Name + "Space", DomainKind.Opaque, 0,
                    EquatableArray<string>.Empty, EquatableArray<FieldSpec>.Empty, Construction.Constructor);
            return domains.ParseState(stateType, stateType.Locations.FirstOrDefault() ?? _location);
        }

        private bool? ReadTransitionShape(IMethodSymbol transition, ITypeSymbol stateType)
        {
            if (Same(transition.ReturnType, stateType))
                return true;
            if (IsDistribution(transition.ReturnType, stateType))
                return false;
            Report(Diagnostics.BadSignature, Where(transition),
                $"[Transition] '{transition.Name}' must return '{stateType.Name}' (deterministic) or IEnumerable<({stateType.Name}, double)> (stochastic)");
            return null;
        }

        private RewardShape? ReadRewardShape(ISymbol? reward, ITypeSymbol stateType, ITypeSymbol actionType)
        {
            if (reward is null)
                return null;
            if (reward is IMethodSymbol { ReturnType.SpecialType: SpecialType.System_Double } method)
            {
                var p = method.Parameters;
                if (p.Length == 1 && Same(p[0].Type, stateType))
                    return RewardShape.State;
                if (p.Length == 2 && Same(p[0].Type, stateType) && Same(p[1].Type, actionType))
                    return RewardShape.StateAction;
                if (p.Length == 3 && Same(p[0].Type, stateType) && Same(p[1].Type, actionType) && Same(p[2].Type, stateType))
                    return RewardShape.StateActionNext;
            }
            Report(Diagnostics.BadSignature, Where(reward),
                $"[Reward] must be double R({stateType.Name} s), double R({stateType.Name} s, {actionType.Name} a) or double R({stateType.Name} s, {actionType.Name} a, {stateType.Name} next)");
            return null;
        }

        private InitialShape? ReadInitialShape(ISymbol? initial, ITypeSymbol stateType)
        {
            var (type, isProperty) = initial switch
            {
                null => (null, false),
                IPropertySymbol { Parameters.Length: 0 } property => (property.Type, true),
                IMethodSymbol { Parameters.Length: 0, IsGenericMethod: false } method => (method.ReturnType, false),
                _ => ((ITypeSymbol?)null, false),
            };
            if (initial is null)
                return InitialShape.StateProperty;
            if (type is not null && Same(type, stateType))
                return isProperty ? InitialShape.StateProperty : InitialShape.StateMethod;
            if (type is not null && IsDistribution(type, stateType))
                return isProperty ? InitialShape.DistributionProperty : InitialShape.DistributionMethod;
            Report(Diagnostics.BadSignature, Where(initial),
                $"[Initial] must be a property or parameterless method returning '{stateType.Name}' or IEnumerable<({stateType.Name}, double)>");
            return null;
        }

        private void CheckPredicate(ISymbol? member, string attribute, string signature, params ITypeSymbol[] parameters)
        {
            if (member is null)
                return;
            if (member is IMethodSymbol { ReturnType.SpecialType: SpecialType.System_Boolean, IsGenericMethod: false } method &&
                method.Parameters.Length == parameters.Length &&
                method.Parameters.Select((p, i) => Same(p.Type, parameters[i])).All(x => x))
                return;
            Report(Diagnostics.BadSignature, Where(member), $"{attribute} must be {signature}");
        }

        /// <summary>The one member carrying <paramref name="metadataName"/>; reports when it is missing (and required) or repeated.</summary>
        private ISymbol? Single(string metadataName, string display, bool required = true)
        {
            var members = _type.GetMembers().Where(m => TypeNames.HasAttribute(m, metadataName)).ToList();
            if (members.Count == 1)
                return members[0];
            if (members.Count > 1)
            {
                foreach (var duplicate in members.Skip(1))
                    Report(Diagnostics.MissingOrDuplicateMember, Where(duplicate), $"'{_type.Name}' has more than one {display} member; keep one");
            }
            else if (required)
            {
                Report(Diagnostics.MissingOrDuplicateMember, _location, $"'{_type.Name}' has no {display} member; declare one");
            }
            return null;
        }

        /// <summary>The enclosing types, outermost first, or null when one of them is not partial.</summary>
        private List<ContainingType>? ContainingTypes()
        {
            var types = new List<ContainingType>();
            for (var outer = _type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                if (!IsPartial(outer) || outer.IsGenericType)
                    return null;
                types.Insert(0, new ContainingType(Keyword(outer), outer.Name));
            }
            return types;
        }

        private bool IsPartial(INamedTypeSymbol type) =>
            type.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax(_cancellationToken) is TypeDeclarationSyntax declaration &&
                declaration.Modifiers.Any(m => m.ValueText == "partial"));

        private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
        {
            (true, TypeKind.Struct) => "record struct",
            (true, _) => "record",
            (_, TypeKind.Struct) => "struct",
            (_, TypeKind.Interface) => "interface",
            _ => "class",
        };

        private static bool IsDistribution(ITypeSymbol type, ITypeSymbol stateType)
        {
            var enumerable = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } self
                ? self
                : type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
            return enumerable?.TypeArguments.FirstOrDefault() is INamedTypeSymbol { IsTupleType: true } tuple &&
                   tuple.TupleElements.Length == 2 &&
                   Same(tuple.TupleElements[0].Type, stateType) &&
                   tuple.TupleElements[1].Type.SpecialType == SpecialType.System_Double;
        }

        private static bool Same(ITypeSymbol a, ITypeSymbol b) => SymbolEqualityComparer.Default.Equals(a, b);

        private static MemberSpec Member(ISymbol member) => new(member.Name, member.IsStatic);

        private Location Where(ISymbol symbol) => symbol.Locations.FirstOrDefault() ?? _location;

        private void Report(DiagnosticDescriptor descriptor, Location location, string message) =>
            _diagnostics.Add(Diagnostic.Create(descriptor, location, message));
    }
}
