using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using MdpDsl.Generator.Model;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Generator.Incremental;

/// <summary>
/// Finds the <c>[Mdp]</c> classes of a compilation and parses each into a spec. Only type declarations whose
/// attribute names can bind to <c>MdpDsl.MdpAttribute</c> are bound — <c>Mdp</c>, <c>MdpAttribute</c>, or a
/// using alias, which may name it — and the symbol decides: a class whose <c>[Mdp]</c> is another assembly's
/// namesake is no model.
/// </summary>
internal static class ModelDiscovery
{
    private static readonly string[] MdpNames = { "Mdp", "MdpAttribute" };

    /// <summary>The spec of each model in file and declaration order; null for a model that gets no code.</summary>
    public static ImmutableArray<MdpSpec?> Parse(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = AttributeNamesOfMdp(compilation, cancellationToken);
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var specs = ImmutableArray.CreateBuilder<MdpSpec?>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? semanticModel = null;
            foreach (var declaration in TypeDeclarations(tree.GetRoot(cancellationToken)))
            {
                if (!declaration.AttributeLists.SelectMany(list => list.Attributes).Any(attribute => MayName(names, attribute.Name)))
                    continue;
                semanticModel ??= compilation.GetSemanticModel(tree);
                if (semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type &&
                    KnownTypes.FromModel(type) is { } known &&
                    seen.Add(type))
                {
                    specs.Add(Parse(type, known, compilation, cancellationToken));
                }
            }
        }
        return specs.ToImmutable();
    }

    private static MdpSpec? Parse(INamedTypeSymbol type, KnownTypes known, Compilation compilation, CancellationToken cancellationToken)
    {
        // A type with [Mdp] on two of its partial declarations is already a compiler error (CS0579).
        if (type.GetAttributes().Count(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.Mdp)) != 1)
            return null;

        // A file-local type has all its declarations in one file, so the generated half, in a file of its own,
        // cannot be one of them. The analyzers say so (MDP001); here the model only gets no code.
        for (var outer = type; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsFileLocal)
                return null;
        }

        if (DeclarationErrors.Any(type, known, compilation, cancellationToken))
            return null;
        return ModelParser.Parse(type, known, cancellationToken).Spec;
    }

    /// <summary>The names an attribute can bear and mean <c>[Mdp]</c>: its own two, and every using alias, whatever it stands for.</summary>
    private static HashSet<string> AttributeNamesOfMdp(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(MdpNames);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            {
                if (node is UsingDirectiveSyntax { Alias: { } alias })
                    names.Add(alias.Name.Identifier.ValueText);
            }
        }
        return names;
    }

    /// <summary>Whether an attribute written <paramref name="name"/> can bind to one of <paramref name="names"/>, with or without the <c>Attribute</c> suffix.</summary>
    private static bool MayName(HashSet<string> names, NameSyntax name)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
            SimpleNameSyntax simpleName => simpleName.Identifier.ValueText,
            _ => "",
        };
        return names.Contains(simple) || names.Contains(simple + "Attribute");
    }

    /// <summary>Every class, struct, record and interface of a file, nested ones included; none lies inside a member.</summary>
    private static IEnumerable<TypeDeclarationSyntax> TypeDeclarations(SyntaxNode root) =>
        root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            .OfType<TypeDeclarationSyntax>();
}
