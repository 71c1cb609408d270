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

    /// <summary>
    /// The name of the typed model generated inside <paramref name="model"/>: <see cref="ModelName"/>, unless the
    /// class is itself named so (CS0542), or its code names another type called so, which a nested type of that
    /// name would hide: the user's own <c>Model</c> parameter would then bind to the generated class.
    /// </summary>
    /// <param name="model">The model class.</param>
    /// <param name="mentioned">The names its code mentions (<see cref="MentionedNames"/>).</param>
    public static string ModelNameFor(INamedTypeSymbol model, HashSet<string> mentioned) =>
        model.Name == ModelName || mentioned.Contains(ModelName) && OuterTypesNamed(model, ModelName).Any() ? FallbackModelName : ModelName;

    /// <summary>
    /// Every identifier in the declarations of <paramref name="model"/>: a type the generator nests in the class under
    /// one of these names would hide whatever the user's code means by it.
    /// </summary>
    public static HashSet<string> MentionedNames(INamedTypeSymbol model)
    {
        var names = new HashSet<string>();
        foreach (var reference in model.DeclaringSyntaxReferences)
        {
            foreach (var token in reference.GetSyntax().DescendantTokens())
            {
                if (token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken))
                    names.Add(token.ValueText);
            }
        }
        return names;
    }

    /// <summary>The types named <paramref name="name"/> that code inside <paramref name="model"/> can name simply: those of the types and namespaces around it, and their bases' accessible ones.</summary>
    private static IEnumerable<INamedTypeSymbol> OuterTypesNamed(INamedTypeSymbol model, string name)
    {
        for (var type = model.ContainingType; type is not null; type = type.ContainingType)
        {
            for (var level = type; level is not null; level = level.BaseType)
            {
                foreach (var member in level.GetTypeMembers(name))
                    yield return member;
            }
        }
        for (var ns = model.ContainingNamespace; ns is not null; ns = ns.ContainingNamespace)
        {
            foreach (var member in ns.GetTypeMembers(name))
                yield return member;
        }
    }

    /// <summary>
    /// The accessibility of a member of <paramref name="model"/> that exposes all of <paramref name="exposed"/>: the
    /// most it may have, the meet of their effective accessibilities and the model's own (each type's, that of every
    /// type around it, and of its type arguments). In a sealed class, where protected means nothing and warns
    /// (CS0628), protected narrows to private and protected internal to internal.
    /// </summary>
    public static Access MemberAccess(INamedTypeSymbol model, params ITypeSymbol[] exposed)
    {
        var access = exposed.Aggregate(EffectiveAccess(model), (least, type) => Meet(least, EffectiveAccess(type)));
        return !model.IsSealed ? access : access switch
        {
            Access.Protected or Access.PrivateProtected => Access.Private,
            Access.ProtectedInternal => Access.Internal,
            _ => access,
        };
    }

    /// <summary>The generated public API of a model, with the accessibility each member gets.</summary>
    public static IEnumerable<Member> MembersOf(string modelName, INamedTypeSymbol model, ITypeSymbol state, ITypeSymbol action, bool reachable)
    {
        var stateAccess = MemberAccess(model, state);
        var actionAccess = MemberAccess(model, action);
        var modelAccess = MemberAccess(model, state, action);
        var none = ImmutableArray<(ITypeSymbol?, RefKind)>.Empty;
        // null stands for int: the parser has no compilation to look the type up in.
        var index = ((ITypeSymbol?)null, RefKind.None);
        yield return new Member(GeneratedMembers.ActionCount, "ActionCount", null, Access.Public);
        yield return new Member(GeneratedMembers.Actions, "Actions", null, actionAccess);
        if (!SymbolEqualityComparer.Default.Equals(state, action))
            yield return new Member(GeneratedMembers.IndexOfAction, "IndexOf", ImmutableArray.Create<(ITypeSymbol?, RefKind)>((action, RefKind.None)), actionAccess);
        yield return new Member(GeneratedMembers.ActionAt, "ActionAt", ImmutableArray.Create(index), actionAccess);
        yield return new Member(GeneratedMembers.Compile, "Compile", none, modelAccess);
        yield return new Member(GeneratedMembers.Model, modelName, null, modelAccess);
        yield return new Member(GeneratedMembers.CreateSimulator, "CreateSimulator", ImmutableArray.Create(index), modelAccess);
        yield return new Member(GeneratedMembers.FeatureCount, "FeatureCount", null, Access.Public);
        yield return new Member(GeneratedMembers.Encoder, "Encoder", null, stateAccess);
        yield return new Member(GeneratedMembers.ActionFeatureCount, "ActionFeatureCount", null, Access.Public);
        yield return new Member(GeneratedMembers.ActionEncoder, "ActionEncoder", null, actionAccess);
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
