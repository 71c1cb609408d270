using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Generator.Parsing;

/// <summary>
/// Whether the compiler already rejects a declaration that a model's generated code builds on: the model type with
/// the types nested in it, and its state and action types. Code generated on top of a duplicated member or a type
/// without a name would only add errors of its own, so the generator waits until the user's errors, which the
/// compiler reports, are fixed. Errors inside member bodies do not count: generated code only calls members.
/// </summary>
internal static class DeclarationErrors
{
    /// <summary>Whether the compiler reports an error in the declarations <paramref name="model"/>'s generated code builds on.</summary>
    public static bool Any(INamedTypeSymbol model, KnownTypes known, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        foreach (var type in TypesBuiltOn(model, known))
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                var errors = declaration.SyntaxTree.GetDiagnostics(declaration)
                    .Concat(semanticModel(declaration.SyntaxTree).GetDeclarationDiagnostics(declaration.Span, cancellationToken))
                    .Concat(EnclosingNameErrors(declaration))
                    .Where(d => d.Severity == DiagnosticSeverity.Error)
                    .ToList();
                if (errors.Count > 0 && errors.Any(error => !InBody(declaration, error.Location)))
                    return true;
            }
        }
        return false;
    }

    /// <summary>The model, and the parameter types of its transitions: the state and action types, wherever they are declared.</summary>
    private static IEnumerable<INamedTypeSymbol> TypesBuiltOn(INamedTypeSymbol model, KnownTypes known)
    {
        var transitions = model.GetMembers().OfType<IMethodSymbol>().Where(m => KnownTypes.Has(m, known.Transition));
        return new[] { model }
            .Concat(transitions.SelectMany(t => t.Parameters).Select(p => p.Type).OfType<INamedTypeSymbol>())
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default);
    }

    /// <summary>Syntax errors in the names of the namespaces and types around a declaration, which generated code repeats.</summary>
    private static IEnumerable<Diagnostic> EnclosingNameErrors(SyntaxNode declaration) =>
        declaration.Ancestors().SelectMany(ancestor => ancestor switch
        {
            BaseNamespaceDeclarationSyntax ns => declaration.SyntaxTree.GetDiagnostics(ns.Name),
            TypeDeclarationSyntax type => declaration.SyntaxTree.GetDiagnostics(type.Identifier),
            _ => Enumerable.Empty<Diagnostic>(),
        });

    private static bool InBody(SyntaxNode declaration, Location location) =>
        location.SourceTree == declaration.SyntaxTree &&
        declaration.Span.Contains(location.SourceSpan) &&
        declaration.SyntaxTree.GetRoot().FindToken(location.SourceSpan.Start).Parent is { } node &&
        node.AncestorsAndSelf()
            .TakeWhile(node => node != declaration)
            .Any(node => node is BlockSyntax or ArrowExpressionClauseSyntax);
}
