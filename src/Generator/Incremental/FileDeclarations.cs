using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Generator.Incremental;

/// <summary>
/// One file as far as the models can tell: its path and its text outside the bodies of methods, constructors and
/// operators. Two versions of a file with equal declarations, parsed with equal options, declare the same
/// symbols with the same syntax errors outside those bodies, which is all the parser reads, so a model cannot
/// change while the declarations of every file stay equal.
/// </summary>
/// <remarks>
/// The text is kept, not a hash of it: a collision would leave a model stale, which is worse than a slow one.
/// Accessor bodies are kept too, since a <c>field</c> in one gives its property a backing field and so a state
/// field; initializers are kept, since a constant's decides a <c>[Range]</c>; the directives inside a body are
/// kept, since a <c>#nullable</c> there holds for the rest of the file. Whitespace and <c>//</c> comments are left
/// out, as they can neither declare anything nor hold an error; every other trivia (directives, skipped tokens,
/// <c>/* */</c> and documentation comments) is kept.
/// </remarks>
/// <param name="Path">The file's path: a file-local type belongs to its file.</param>
/// <param name="Text">Each token and trivia outside the bodies, written as its kind, its length and its text, so that two different sequences never write one string.</param>
internal sealed record FileDeclarations(string Path, string Text)
{
    /// <summary>The declarations of <paramref name="tree"/>.</summary>
    public static FileDeclarations Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(tree.Length);
        Append(text, tree.GetRoot(cancellationToken), cancellationToken);
        return new FileDeclarations(tree.FilePath, text.ToString());
    }

    /// <summary>
    /// Whether <paramref name="node"/> is the body of a method, constructor, destructor or operator, whose
    /// statements declare no member. The parser ignores syntax errors inside it too (<c>DeclarationErrors</c>).
    /// </summary>
    private static bool IsBody(SyntaxNode node) =>
        node is BlockSyntax or ArrowExpressionClauseSyntax && node.Parent is BaseMethodDeclarationSyntax;

    private static void Append(StringBuilder text, SyntaxNode node, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode)
            {
                if (IsBody(childNode))
                    AppendBody(text, childNode);
                else
                    Append(text, childNode, cancellationToken);
                continue;
            }
            var token = child.AsToken();
            AppendTrivia(text, token.LeadingTrivia);
            Append(text, token.RawKind, token.Text);
            AppendTrivia(text, token.TrailingTrivia);
        }
    }

    /// <summary>
    /// A body stands for itself by its kind alone, but for its directives: a <c>#nullable</c> inside a body holds
    /// for the declarations after it.
    /// </summary>
    private static void AppendBody(StringBuilder text, SyntaxNode body)
    {
        Append(text, body.RawKind, "");
        if (!body.ContainsDirectives)
            return;
        foreach (var trivia in body.DescendantTrivia())
        {
            if (trivia.IsDirective)
                Append(text, trivia.RawKind, trivia.ToFullString());
        }
    }

    private static void AppendTrivia(StringBuilder text, SyntaxTriviaList trivia)
    {
        foreach (var piece in trivia)
        {
            if (!piece.IsKind(SyntaxKind.WhitespaceTrivia) && !piece.IsKind(SyntaxKind.EndOfLineTrivia) && !piece.IsKind(SyntaxKind.SingleLineCommentTrivia))
                Append(text, piece.RawKind, piece.ToFullString());
        }
    }

    /// <summary>The kind and the length, one character each for the kind and each half of the length, then the text.</summary>
    private static void Append(StringBuilder text, int kind, string value) =>
        text.Append((char)kind).Append((char)(value.Length >> 16)).Append((char)(value.Length & 0xFFFF)).Append(value);
}
