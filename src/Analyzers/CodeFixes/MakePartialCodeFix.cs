using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Analyzers.CodeFixes;

/// <summary>MDP001: adds <c>partial</c> to the model and to every type around it that lacks it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
public sealed class MakePartialCodeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Diagnostics.NotPartial.Id);

    private protected override string Fix => Diagnostics.FixMakePartial;

    private protected override string Title(Diagnostic diagnostic) => "Make the model partial";

    private protected override async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
            return document;
        // Two models in one containing type share its declaration: collect the declarations first, edit each once.
        var declarations = diagnostics
            .SelectMany(d => Enclosing(root, d).OfType<TypeDeclarationSyntax>())
            .Where(declaration => !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            .Distinct();
        return document.WithSyntaxRoot(root.ReplaceNodes(declarations, (_, edited) => AddPartial(edited)));
    }

    /// <summary>Puts <c>partial</c> last among the modifiers, where C# requires it, keeping the layout.</summary>
    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
    {
        if (declaration.Modifiers.Count > 0)
            return declaration.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        // With no modifier, the keyword carries the indentation and any comment above; partial takes them over.
        var keyword = declaration.Keyword;
        var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return declaration
            .ReplaceToken(keyword, keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
            .WithModifiers(SyntaxFactory.TokenList(partial));
    }
}
