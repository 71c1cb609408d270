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
/// <remarks>
/// Only the errors generated code could repeat are looked for — syntax errors, and two members of one name where
/// C# allows one — from the syntax trees and the symbols the parser binds anyway. The semantic model's
/// declaration diagnostics would find them too, but they complete every symbol in the declaration, which on each
/// edit cost the generator a third of its time.
/// </remarks>
internal static class DeclarationErrors
{
    /// <summary>Whether the compiler reports an error in the declarations <paramref name="model"/>'s generated code builds on.</summary>
    public static bool Any(INamedTypeSymbol model, KnownTypes known, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var type in TypesBuiltOn(model, known))
        {
            if (HasDuplicateMembers(type))
                return true;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                // A type of a referenced project (a compilation reference, as in an IDE) has syntax of its own
                // compilation, which reports its own errors.
                if (!compilation.ContainsSyntaxTree(reference.SyntaxTree))
                    continue;
                var declaration = reference.GetSyntax(cancellationToken);
                var errors = declaration.SyntaxTree.GetDiagnostics(declaration)
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

    /// <summary>
    /// Two members of one name that are not both methods (CS0102), or two methods of one signature (CS0111):
    /// generated code naming either is ambiguous. The model's nested types are checked too, since the state and
    /// action types are often among them.
    /// </summary>
    private static bool HasDuplicateMembers(INamedTypeSymbol type)
    {
        var seen = new Dictionary<string, bool>();
        var signatures = new HashSet<string>();
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared)
                continue;
            var isMethod = member is IMethodSymbol;
            if (seen.TryGetValue(member.Name, out var wasMethod) && !(isMethod && wasMethod))
                return true;
            seen[member.Name] = isMethod;
            if (member is IMethodSymbol method && !signatures.Add(Signature(method)))
                return true;
        }
        return type.GetTypeMembers().Any(HasDuplicateMembers);
    }

    /// <summary>A method's name, arity and parameter types, by value or by reference: what C# overloads on.</summary>
    private static string Signature(IMethodSymbol method) =>
        method.Name + "`" + method.Arity + "(" +
        string.Join(",", method.Parameters.Select(p => (p.RefKind == RefKind.None ? "" : "ref ") + p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))) + ")";

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
