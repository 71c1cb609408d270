using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MdpDsl.Analyzers.CodeFixes;

/// <summary>
/// A code fix that rewrites a document for any number of its diagnostics at once, and so serves Fix All as well:
/// several diagnostics may need one edit (two positive values of one reward, two models in one containing type),
/// which separate fixes merged afterwards would apply twice. It offers itself for the diagnostics whose
/// <see cref="Diagnostics.FixProperty"/> names its <see cref="Fix"/>.
/// </summary>
public abstract class DocumentCodeFix : CodeFixProvider
{
    /// <summary>The <c>Diagnostics.Fix…</c> value this fix answers; also its equivalence key.</summary>
    private protected abstract string Fix { get; }

    /// <summary>What the light bulb says for one diagnostic.</summary>
    private protected abstract string Title(Diagnostic diagnostic);

    /// <summary>The document with the edits of every diagnostic in <paramref name="diagnostics"/> applied.</summary>
    private protected abstract Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken);

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            await ApplyAsync(document, diagnostics.Where(Fixes).ToImmutableArray(), context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics.Where(Fixes))
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title(diagnostic), cancellationToken => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), Fix),
                diagnostic);
        }
        return Task.CompletedTask;
    }

    /// <summary>The nodes around a diagnostic's start, innermost first.</summary>
    private protected static IEnumerable<SyntaxNode> Enclosing(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf() ?? Enumerable.Empty<SyntaxNode>();

    private bool Fixes(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(Diagnostics.FixProperty, out var fix) && fix == Fix;
}
