using System.Linq;
using MdpDsl.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

internal static partial class ModelParser
{
    /// <summary>The rules of the members: which one plays each part, and whether its signature fits the state and action types.</summary>
    private sealed partial class Reader
    {
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
            if (transition.IsGenericMethod)
            {
                Report(Diagnostics.BadSignature, Where(transition), $"[Transition] '{transition.Name}' must not be generic: the model calls it with the state and action alone");
                return null;
            }
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
            if (reward is IMethodSymbol { ReturnType.SpecialType: SpecialType.System_Double, IsGenericMethod: false } method)
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

        /// <summary>The [Feature] members, in declaration order: double F(S) or double F(S, A).</summary>
        private EquatableArray<FeatureSpec> ReadFeatures(ITypeSymbol stateType, ITypeSymbol actionType)
        {
            var features = new System.Collections.Generic.List<FeatureSpec>();
            foreach (var member in _type.GetMembers().Where(m => TypeNames.HasAttribute(m, MetadataNames.Feature)))
            {
                if (member is IMethodSymbol { ReturnType.SpecialType: SpecialType.System_Double, IsGenericMethod: false } method &&
                    method.Parameters.Length is 1 or 2 && Same(method.Parameters[0].Type, stateType) &&
                    (method.Parameters.Length == 1 || Same(method.Parameters[1].Type, actionType)))
                {
                    features.Add(new FeatureSpec(method.Name, method.IsStatic, method.Parameters.Length == 2));
                    continue;
                }
                Report(Diagnostics.BadSignature, Where(member),
                    $"[Feature] must be double F({stateType.Name} s) or double F({stateType.Name} s, {actionType.Name} a)");
            }
            return features.ToEquatableArray();
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
    }
}
