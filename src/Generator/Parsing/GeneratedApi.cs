using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MdpDsl.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

/// <summary>
/// How the members the generator adds fit the class they are added to: the accessibility they can have without
/// exposing a type less accessible than themselves (CS0050, CS0051, CS0053), and which of them hide an inherited
/// member and so need <c>new</c> (CS0108) — no more, since <c>new</c> on a member that hides nothing warns too (CS0109).
/// </summary>
internal static class GeneratedApi
{
    /// <summary>The typed model's name in a class that is not itself named <c>Model</c>.</summary>
    public const string ModelName = "Model";

    /// <summary>The typed model's name in a class named <c>Model</c>, which cannot contain a member of its own name (CS0542).</summary>
    public const string FallbackModelName = "CompiledModel";

    /// <summary>The name of the typed model generated inside a class named <paramref name="className"/>.</summary>
    public static string ModelNameFor(string className) => className == ModelName ? FallbackModelName : ModelName;

    /// <summary>
    /// The most a member may be accessible when it exposes all of <paramref name="types"/>: the meet of their
    /// effective accessibilities, each type's own and that of every type around it (and of its type arguments).
    /// </summary>
    public static Access LeastAccess(params ITypeSymbol[] types) => types.Aggregate(Access.Public, (least, type) => Meet(least, EffectiveAccess(type)));

    /// <summary>The generated public API of a model, with the accessibility each member gets.</summary>
    public static IEnumerable<Member> MembersOf(string className, ITypeSymbol model, ITypeSymbol state, ITypeSymbol action, bool reachable)
    {
        var stateAccess = LeastAccess(model, state);
        var actionAccess = LeastAccess(model, action);
        var modelAccess = LeastAccess(model, state, action);
        var none = ImmutableArray<(ITypeSymbol?, RefKind)>.Empty;
        // null stands for int: the parser has no compilation to look the type up in.
        var index = ((ITypeSymbol?)null, RefKind.None);
        yield return new Member(GeneratedMembers.ActionCount, "ActionCount", null, Access.Public);
        yield return new Member(GeneratedMembers.Actions, "Actions", null, actionAccess);
        if (!SymbolEqualityComparer.Default.Equals(state, action))
            yield return new Member(GeneratedMembers.IndexOfAction, "IndexOf", ImmutableArray.Create<(ITypeSymbol?, RefKind)>((action, RefKind.None)), actionAccess);
        yield return new Member(GeneratedMembers.ActionAt, "ActionAt", ImmutableArray.Create(index), actionAccess);
        yield return new Member(GeneratedMembers.Compile, "Compile", none, modelAccess);
        yield return new Member(GeneratedMembers.Model, ModelNameFor(className), null, modelAccess);
        if (reachable)
            yield break;
        yield return new Member(GeneratedMembers.StateCount, "StateCount", null, Access.Public);
        yield return new Member(GeneratedMembers.States, "States", null, stateAccess);
        yield return new Member(GeneratedMembers.IndexOfState, "IndexOf", ImmutableArray.Create<(ITypeSymbol?, RefKind)>((state, RefKind.None)), stateAccess);
        yield return new Member(GeneratedMembers.TryIndexOf, "TryIndexOf", ImmutableArray.Create<(ITypeSymbol?, RefKind)>((state, RefKind.None), (null, RefKind.Out)), stateAccess);
        yield return new Member(GeneratedMembers.StateAt, "StateAt", ImmutableArray.Create(index), stateAccess);
    }

    /// <summary>
    /// The generated members of <paramref name="model"/> that hide a member it inherits: one its base types declare,
    /// or one the generator adds to a base type that is itself a model of this compilation (and so is not among
    /// the base's members yet).
    /// </summary>
    public static GeneratedMembers Hidden(INamedTypeSymbol model, IEnumerable<Member> generated, System.Func<INamedTypeSymbol, IEnumerable<Member>> generatedInBase)
    {
        var hidden = GeneratedMembers.None;
        foreach (var member in generated)
        {
            for (var type = model.BaseType; type is not null && (hidden & member.Flag) == 0; type = type.BaseType)
            {
                var inherited = type.GetMembers(member.Name)
                    .Where(symbol => !symbol.IsImplicitlyDeclared && symbol is not IMethodSymbol { Arity: > 0 } &&
                                     Visible(symbol.DeclaredAccessibility, symbol.ContainingAssembly, model.ContainingAssembly))
                    .Select(AsMember)
                    .Concat(generatedInBase(type).Where(m => m.Name == member.Name && m.Access != Access.Private));
                if (inherited.Any(other => Hides(member, other)))
                    hidden |= member.Flag;
            }
        }
        return hidden;
    }

    /// <summary>
    /// Every name a member of <paramref name="model"/> could clash with: its own members, itself, and what it
    /// inherits visibly. A private generated type must avoid them all, or it would hide one (CS0108).
    /// </summary>
    public static HashSet<string> TakenNames(INamedTypeSymbol model)
    {
        var names = new HashSet<string>(model.GetMembers().Select(m => m.Name)) { model.Name };
        for (var type = model.BaseType; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers())
            {
                if (Visible(member.DeclaredAccessibility, member.ContainingAssembly, model.ContainingAssembly))
                    names.Add(member.Name);
            }
        }
        return names;
    }

    /// <summary>A member as far as hiding goes: its name, its parameters when it is a method, and its accessibility.</summary>
    internal sealed record Member(GeneratedMembers Flag, string Name, ImmutableArray<(ITypeSymbol? Type, RefKind RefKind)>? Parameters, Access Access);

    /// <summary>
    /// C#'s hiding rule: a field, property or type hides every inherited member of its name; a method hides
    /// inherited members of its name that are not methods, and methods with its signature.
    /// </summary>
    private static bool Hides(Member member, Member inherited)
    {
        if (member.Parameters is not { } parameters || inherited.Parameters is not { } others)
            return true;
        return parameters.Length == others.Length &&
               parameters.Zip(others, (a, b) => a.RefKind == b.RefKind && Same(a.Type, b.Type)).All(same => same);
    }

    /// <summary>Whether two parameter types are one; null stands for <c>int</c>.</summary>
    private static bool Same(ITypeSymbol? a, ITypeSymbol? b) =>
        a is null || b is null ? (a ?? b)?.SpecialType is null or SpecialType.System_Int32 : SymbolEqualityComparer.Default.Equals(a, b);

    private static Member AsMember(ISymbol symbol) => new(
        GeneratedMembers.None,
        symbol.Name,
        symbol is IMethodSymbol method ? method.Parameters.Select(p => ((ITypeSymbol?)p.Type, p.RefKind)).ToImmutableArray() : null,
        AccessOf(symbol.DeclaredAccessibility));

    /// <summary>Whether a member declared with <paramref name="accessibility"/> in one assembly is seen by a class in another.</summary>
    private static bool Visible(Accessibility accessibility, IAssemblySymbol? declaredIn, IAssemblySymbol? seenFrom) => accessibility switch
    {
        Accessibility.Private or Accessibility.NotApplicable => false,
        Accessibility.Internal or Accessibility.ProtectedAndInternal =>
            SymbolEqualityComparer.Default.Equals(declaredIn, seenFrom) || declaredIn is not null && seenFrom is not null && declaredIn.GivesAccessTo(seenFrom),
        _ => true,
    };

    private static Access EffectiveAccess(ITypeSymbol type)
    {
        var access = Access.Public;
        for (ITypeSymbol? t = type; t is not null; t = t.ContainingType)
            access = Meet(access, AccessOf(t.DeclaredAccessibility));
        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            foreach (var argument in generic.TypeArguments)
                access = Meet(access, EffectiveAccess(argument));
        }
        return access;
    }

    /// <summary>The greatest accessibility within both: the lesser of two, except that protected and internal meet at private protected.</summary>
    private static Access Meet(Access a, Access b) =>
        (a, b) is (Access.Protected, Access.Internal) or (Access.Internal, Access.Protected)
            ? Access.PrivateProtected
            : (Access)System.Math.Min((int)a, (int)b);

    private static Access AccessOf(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Private => Access.Private,
        Accessibility.ProtectedAndInternal => Access.PrivateProtected,
        Accessibility.Protected => Access.Protected,
        Accessibility.Internal => Access.Internal,
        Accessibility.ProtectedOrInternal => Access.ProtectedInternal,
        _ => Access.Public,
    };
}
