using System.Collections.Generic;
using System.Linq;
using MdpDsl.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

internal static partial class ModelParser
{
    /// <summary>
    /// The rules of the members: which one plays each part, whether its signature fits the state and action types,
    /// and whether the generated code can call it as written (by value, by name, without CS0619).
    /// </summary>
    private sealed partial class Reader
    {
        private DomainSpec? ReadAction(ITypeSymbol actionType, DomainParser domains, IMethodSymbol transition)
        {
            var marked = KnownTypes.Has(actionType, _known.Action);
            // The runtime holds actions as value types (TAction : struct): a class, even a record, cannot be one.
            if (marked && !actionType.IsValueType)
            {
                Report(Diagnostics.BadAction, Where(actionType), actionType.Name);
                return null;
            }
            if (marked)
                return domains.Parse(actionType, DomainRole.Action, actionType.Locations.FirstOrDefault() ?? _location);
            // A type that [Action] could mark is one attribute away from fitting; int, string or a tuple never is.
            if (actionType is INamedTypeSymbol { TypeKind: TypeKind.Enum or TypeKind.Struct, SpecialType: SpecialType.None, IsTupleType: false })
                Report(Diagnostics.UnmarkedType, Where(transition), actionType.Name, "Action", transition.Name, string.Empty);
            else
                Report(Diagnostics.BadAction, Where(transition), actionType.Name);
            return null;
        }

        private DomainSpec? ReadState(ITypeSymbol stateType, bool reachable, DomainParser domains, IMethodSymbol transition)
        {
            if (!KnownTypes.Has(stateType, _known.State))
            {
                var tuple = stateType.IsTupleType;
                Report(Diagnostics.UnmarkedType, Where(transition), tuple ? stateType.ToDisplayString() : stateType.Name, "State", transition.Name,
                    tuple ? Diagnostics.TupleAdvice : string.Empty);
                return null;
            }
            if (reachable)
                return new DomainSpec(TypeNames.FullyQualified(stateType), stateType.Name + "Space", DomainKind.Opaque, 0,
                    EquatableArray<string>.Empty, EquatableArray<FieldSpec>.Empty, Construction.Constructor);
            return domains.Parse(stateType, DomainRole.State, stateType.Locations.FirstOrDefault() ?? _location);
        }

        private TransitionShape? ReadTransitionShape(IMethodSymbol transition, ITypeSymbol stateType, ITypeSymbol actionType)
        {
            if (!transition.IsGenericMethod && ByValue(transition))
            {
                var p = transition.Parameters;
                if (p.Length == 2 && Same(transition.ReturnType, stateType))
                    return TransitionShape.Deterministic;
                if (p.Length == 2 && IsDistribution(transition.ReturnType, stateType))
                    return TransitionShape.Distribution;
                if (p.Length == 3 && transition.ReturnsVoid && IsSuccessors(p[2].Type, stateType))
                    return TransitionShape.Sink;
            }
            ReportSignature(transition, "[Transition]", TransitionSignatures(transition.Name, stateType.Name, actionType.Name));
            return null;
        }

        /// <summary>The three transition shapes, spelled with the model's own names, for MDP005.</summary>
        private static string TransitionSignatures(string name, string state, string action) =>
            $"{state} {name}({state} s, {action} a), IEnumerable<({state}, double)> {name}({state} s, {action} a) or " +
            $"void {name}({state} s, {action} a, Successors<{state}> next), not generic, parameters by value";

        /// <summary>Whether <paramref name="type"/> is the runtime's <c>Successors&lt;S&gt;</c> of the state type.</summary>
        private bool IsSuccessors(ITypeSymbol type, ITypeSymbol stateType) =>
            IsSuccessors(type) && Same(((INamedTypeSymbol)type).TypeArguments[0], stateType);

        /// <summary>Whether <paramref name="type"/> is the runtime's <c>Successors&lt;T&gt;</c> of any T.</summary>
        private bool IsSuccessors(ITypeSymbol type) =>
            type is INamedTypeSymbol { IsGenericType: true } named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _known.Successors);

        private RewardShape? ReadRewardShape(ISymbol? reward, ITypeSymbol stateType, ITypeSymbol actionType)
        {
            if (reward is null)
                return null;
            if (reward is IMethodSymbol { IsGenericMethod: false } method && WidensToDouble(method.ReturnType) && ByValue(method))
            {
                var p = method.Parameters;
                if (p.Length == 1 && Same(p[0].Type, stateType))
                    return RewardShape.State;
                if (p.Length == 2 && Same(p[0].Type, stateType) && Same(p[1].Type, actionType))
                    return RewardShape.StateAction;
                if (p.Length == 3 && Same(p[0].Type, stateType) && Same(p[1].Type, actionType) && Same(p[2].Type, stateType))
                    return RewardShape.StateActionNext;
            }
            var (s, a) = (stateType.Name, actionType.Name);
            ReportSignature(reward, "[Reward]", $"double R({s} s), double R({s} s, {a} a) or double R({s} s, {a} a, {s} next) (or int, long or float), parameters by value");
            return null;
        }

        /// <summary>Whether a reward of this type converts to double implicitly, as the generated call needs: double, float and the integers.</summary>
        private static bool WidensToDouble(ITypeSymbol type) => type.SpecialType is
            SpecialType.System_Double or SpecialType.System_Single or
            SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
            SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;

        private InitialShape? ReadInitialShape(ISymbol? initial, ITypeSymbol stateType)
        {
            var (type, isProperty) = initial switch
            {
                null => (null, false),
                IPropertySymbol { Parameters.Length: 0, GetMethod: not null } property => (property.Type, true),
                IMethodSymbol { Parameters.Length: 0, IsGenericMethod: false } method => (method.ReturnType, false),
                _ => ((ITypeSymbol?)null, false),
            };
            if (initial is null)
                return InitialShape.StateProperty;
            if (type is not null && Same(type, stateType))
                return isProperty ? InitialShape.StateProperty : InitialShape.StateMethod;
            if (type is not null && IsDistribution(type, stateType))
                return isProperty ? InitialShape.DistributionProperty : InitialShape.DistributionMethod;
            ReportSignature(initial, "[Initial]",
                $"a readable property or a parameterless method of type {stateType.Name} or IEnumerable<({stateType.Name}, double)>");
            return null;
        }

        private void CheckPredicate(ISymbol? member, string attribute, string signature, params ITypeSymbol[] parameters)
        {
            if (member is null)
                return;
            if (member is IMethodSymbol { ReturnType.SpecialType: SpecialType.System_Boolean, IsGenericMethod: false } method &&
                ByValue(method) &&
                method.Parameters.Length == parameters.Length &&
                method.Parameters.Select((p, i) => Same(p.Type, parameters[i])).All(x => x))
                return;
            ReportSignature(member, attribute, signature + ", parameters by value");
        }

        /// <summary>The [Feature] members, in declaration order: double F(S) or double F(S, A).</summary>
        private EquatableArray<FeatureSpec> ReadFeatures(ITypeSymbol stateType, ITypeSymbol actionType)
        {
            var features = new List<FeatureSpec>();
            foreach (var member in _members.With(_known.Feature))
            {
                if (!Callable(member, "[Feature]"))
                    continue;
                if (member is IMethodSymbol { ReturnType.SpecialType: SpecialType.System_Double, IsGenericMethod: false } method &&
                    ByValue(method) &&
                    method.Parameters.Length is 1 or 2 && Same(method.Parameters[0].Type, stateType) &&
                    (method.Parameters.Length == 1 || Same(method.Parameters[1].Type, actionType)))
                {
                    features.Add(new FeatureSpec(method.Name, method.IsStatic, method.Parameters.Length == 2));
                    continue;
                }
                ReportSignature(member, "[Feature]",
                    $"double F({stateType.Name} s) or double F({stateType.Name} s, {actionType.Name} a), parameters by value");
            }
            return features.ToEquatableArray();
        }

        /// <summary>
        /// The one member marked <paramref name="attribute"/>, when the generated code can call it; reports when it
        /// is missing (and required) or repeated (MDP002), or cannot be called (MDP018).
        /// </summary>
        private ISymbol? Single(INamedTypeSymbol? attribute, string display, bool required = true)
        {
            var members = _members.With(attribute);
            if (members.Count > 1)
            {
                foreach (var duplicate in members.Skip(1))
                    Report(Diagnostics.MemberCount, Where(duplicate), _type.Name, display, members.Count);
            }
            else if (members.Count == 0 && required)
            {
                Report(Diagnostics.MemberCount, _location, _type.Name, display, 0);
            }
            return members.Count == 1 && Callable(members[0], display) ? members[0] : null;
        }

        /// <summary>
        /// MDP018: generated code calls a member by its name, so an explicit interface implementation (which has
        /// none in the class) or a member whose every use is an error (<c>[Obsolete(…, true)]</c>) cannot play a part.
        /// </summary>
        private bool Callable(ISymbol member, string display)
        {
            var explicitImplementation = member switch
            {
                IMethodSymbol method => method.ExplicitInterfaceImplementations.Length > 0,
                IPropertySymbol property => property.ExplicitInterfaceImplementations.Length > 0,
                _ => false,
            };
            var obsolete = KnownTypes.IsObsoleteError(member) ||
                           member is IPropertySymbol { GetMethod: { } getter } && KnownTypes.IsObsoleteError(getter);
            if (!explicitImplementation && !obsolete)
                return true;
            Report(Diagnostics.NotCallable, Where(member), display, member.Name, _type.Name);
            return false;
        }

        /// <summary>Generated code passes states and actions by value: a <c>ref</c>, <c>out</c> or <c>in</c> parameter does not fit.</summary>
        private static bool ByValue(IMethodSymbol method) => method.Parameters.All(p => p.RefKind == RefKind.None);

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
