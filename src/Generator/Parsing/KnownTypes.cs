using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

/// <summary>
/// The DSL's attribute types, resolved once per compilation (System.Text.Json's <c>KnownTypeSymbols</c>) and then
/// compared by symbol identity: an attribute named like ours in another namespace or assembly is not ours, and no
/// display string is built per member.
/// </summary>
internal sealed class KnownTypes
{
    private KnownTypes(INamedTypeSymbol mdp, IAssemblySymbol runtime)
    {
        Mdp = mdp;
        State = runtime.GetTypeByMetadataName(MetadataNames.State);
        Action = runtime.GetTypeByMetadataName(MetadataNames.Action);
        Reward = runtime.GetTypeByMetadataName(MetadataNames.Reward);
        Transition = runtime.GetTypeByMetadataName(MetadataNames.Transition);
        Initial = runtime.GetTypeByMetadataName(MetadataNames.Initial);
        Terminal = runtime.GetTypeByMetadataName(MetadataNames.Terminal);
        Allowed = runtime.GetTypeByMetadataName(MetadataNames.Allowed);
        Range = runtime.GetTypeByMetadataName(MetadataNames.Range);
        Feature = runtime.GetTypeByMetadataName(MetadataNames.Feature);
        Encoding = runtime.GetTypeByMetadataName(MetadataNames.Encoding);
        Successors = runtime.GetTypeByMetadataName(MetadataNames.Successors);
    }

    /// <summary><c>MdpDsl.MdpAttribute</c>.</summary>
    public INamedTypeSymbol Mdp { get; }

    /// <summary><c>MdpDsl.StateAttribute</c>, and so on: null only when the referenced runtime lacks one.</summary>
    public INamedTypeSymbol? State { get; }

    /// <summary><c>MdpDsl.ActionAttribute</c>.</summary>
    public INamedTypeSymbol? Action { get; }

    /// <summary><c>MdpDsl.RewardAttribute</c>.</summary>
    public INamedTypeSymbol? Reward { get; }

    /// <summary><c>MdpDsl.TransitionAttribute</c>.</summary>
    public INamedTypeSymbol? Transition { get; }

    /// <summary><c>MdpDsl.InitialAttribute</c>.</summary>
    public INamedTypeSymbol? Initial { get; }

    /// <summary><c>MdpDsl.TerminalAttribute</c>.</summary>
    public INamedTypeSymbol? Terminal { get; }

    /// <summary><c>MdpDsl.AllowedAttribute</c>.</summary>
    public INamedTypeSymbol? Allowed { get; }

    /// <summary><c>MdpDsl.RangeAttribute</c>.</summary>
    public INamedTypeSymbol? Range { get; }

    /// <summary><c>MdpDsl.FeatureAttribute</c>.</summary>
    public INamedTypeSymbol? Feature { get; }

    /// <summary><c>MdpDsl.EncodingAttribute</c>.</summary>
    public INamedTypeSymbol? Encoding { get; }

    /// <summary><c>MdpDsl.Successors&lt;TState&gt;</c>, the buffer a transition of the third shape fills; null in a runtime without it.</summary>
    public INamedTypeSymbol? Successors { get; }

    /// <summary>The DSL's types in <paramref name="compilation"/>, or null when it does not reference MdpDsl (or references it twice).</summary>
    public static KnownTypes? From(Compilation compilation) =>
        compilation.GetTypeByMetadataName(MetadataNames.Mdp) is { } mdp ? FromMdp(mdp) : null;

    /// <summary>The DSL's types beside <paramref name="mdpAttribute"/>, the <c>[Mdp]</c> attribute class a model carries.</summary>
    public static KnownTypes FromMdp(INamedTypeSymbol mdpAttribute) => new(mdpAttribute, mdpAttribute.ContainingAssembly);

    /// <summary>The DSL's types of the compilation that declares <paramref name="model"/>, found through its <c>[Mdp]</c>; null when it has none.</summary>
    public static KnownTypes? FromModel(INamedTypeSymbol model) =>
        model.GetAttributes().Select(a => a.AttributeClass).FirstOrDefault(IsMdpAttribute) is { } mdp ? FromMdp(mdp) : null;

    /// <summary>Whether <paramref name="symbol"/> carries the attribute <paramref name="attribute"/>.</summary>
    public static bool Has(ISymbol symbol, INamedTypeSymbol? attribute) => Find(symbol, attribute) is not null;

    /// <summary>The application of <paramref name="attribute"/> to <paramref name="symbol"/>, if any.</summary>
    public static AttributeData? Find(ISymbol symbol, INamedTypeSymbol? attribute) =>
        attribute is null ? null : Find(symbol.GetAttributes(), attribute);

    /// <summary>The first of <paramref name="attributes"/> of the class <paramref name="attribute"/>, if any.</summary>
    public static AttributeData? Find(IEnumerable<AttributeData> attributes, INamedTypeSymbol? attribute) =>
        attribute is null ? null : attributes.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));

    /// <summary>
    /// Whether <paramref name="symbol"/> is marked <c>[Obsolete(…, error: true)]</c>, so that any use of it is
    /// CS0619. Matched by name: the attribute lives in the framework, which the parser need not resolve.
    /// </summary>
    public static bool IsObsoleteError(ISymbol symbol) =>
        symbol.GetAttributes().Any(a =>
            a.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } &&
            a.ConstructorArguments.Length == 2 && a.ConstructorArguments[1].Value is true);

    private static bool IsMdpAttribute(INamedTypeSymbol? type) =>
        type is { Name: "MdpAttribute", ContainingNamespace: { Name: "MdpDsl", ContainingNamespace.IsGlobalNamespace: true } };
}
