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
using Microsoft.CodeAnalysis.Simplification;

namespace MdpDsl.Analyzers.CodeFixes;

/// <summary>
/// MDP004: gives an integer state field a <c>[Range(0, 9)]</c> placeholder, which makes the model compile and
/// shows where its real bounds go.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRangeCodeFix)), Shared]
public sealed class AddRangeCodeFix : DocumentCodeFix
{
    /// <summary>The placeholder bounds.</summary>
    private const int Min = 0, Max = 9;

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Diagnostics.NoFiniteDomain.Id);

    private protected override string Fix => Diagnostics.FixAddRange;

    private protected override string Title(Diagnostic diagnostic) => $"Add [Range({Min}, {Max})] and set the field's real bounds";

    private protected override async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
            return document;
        var fields = diagnostics
            .Select(d => Enclosing(root, d).FirstOrDefault(IsField))
            .OfType<SyntaxNode>()
            .Distinct();
        return document.WithSyntaxRoot(root.ReplaceNodes(fields, (_, edited) => AddRange(edited)));
    }

    /// <summary>A positional record parameter, a field declaration or a property: what a state component is declared by.</summary>
    private static bool IsField(SyntaxNode node) => node is ParameterSyntax or FieldDeclarationSyntax or PropertyDeclarationSyntax;

    private static SyntaxNode AddRange(SyntaxNode field)
    {
        // Fully qualified so that it binds to MdpDsl's attribute, then simplified to [Range(…)] where that is unambiguous.
        var name = SyntaxFactory.ParseName("global::MdpDsl.Range").WithAdditionalAnnotations(Simplifier.Annotation);
        var bound = (int value) => SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value)));
        var range = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(name, SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(new[] { bound(Min), bound(Max) })))))
            .WithTrailingTrivia(SyntaxFactory.Space);
        // The new list goes in front on the same line; the declaration's indentation and comments stay in front of it.
        var leading = field.GetLeadingTrivia();
        var bare = field.WithoutLeadingTrivia();
        var withRange = bare switch
        {
            ParameterSyntax parameter => (SyntaxNode)parameter.AddAttributeLists(range),
            FieldDeclarationSyntax declaration => declaration.AddAttributeLists(range),
            PropertyDeclarationSyntax property => property.AddAttributeLists(range),
            _ => bare,
        };
        return withRange.WithLeadingTrivia(leading);
    }
}
