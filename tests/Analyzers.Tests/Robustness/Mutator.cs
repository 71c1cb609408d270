using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace MdpDsl.Analyzers.Tests.Robustness;

/// <summary>One mutant: what was done to which source, the result, and where in the result the changes are.</summary>
internal sealed record Mutant(CorpusEntry Origin, string Mutation, string Source, IReadOnlyList<int> Changed);

/// <summary>
/// Breaks a valid model in the small ways an editor sees while someone types: a token deleted, a line duplicated,
/// two tokens swapped, a literal changed, an attribute deleted. Every choice comes from the given
/// <see cref="Random"/>, so a seed names the same mutants on every run.
/// </summary>
internal sealed class Mutator
{
    /// <summary>Literals that probe the rules: zero, negatives, fractions, huge and out-of-range numbers.</summary>
    private static readonly string[] Literals =
    {
        "0", "1", "-1", "2", "0.5", "-0.25", "1.5", "1e308", "double.NaN", "int.MaxValue", "100000", "long.MinValue", "true", "\"\"", "null",
    };

    private readonly Random _random;

    public Mutator(Random random) => _random = random;

    public Mutant Mutate(CorpusEntry entry)
    {
        var tree = CSharpSyntaxTree.ParseText(entry.Source);
        var root = tree.GetRoot();
        var tokens = root.DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        var text = tree.GetText();
        switch (_random.Next(5))
        {
            case 0:
            {
                var token = Pick(tokens);
                return new Mutant(entry, $"delete token '{token.Text}' at {token.SpanStart}", Replace(text, token.Span, ""), [token.SpanStart]);
            }
            case 1:
            {
                var line = text.Lines[_random.Next(text.Lines.Count)];
                return new Mutant(entry, $"duplicate line {line.LineNumber + 1}", Replace(text, new TextSpan(line.End, 0), Environment.NewLine + line), [line.End]);
            }
            case 2:
            {
                var (first, second) = (Pick(tokens), Pick(tokens));
                if (first.SpanStart > second.SpanStart)
                    (first, second) = (second, first);
                if (first.Span.OverlapsWith(second.Span))
                    return new Mutant(entry, "swap a token with itself", entry.Source, []);
                var swapped = text.WithChanges(new TextChange(first.Span, second.Text), new TextChange(second.Span, first.Text));
                return new Mutant(entry, $"swap '{first.Text}' at {first.SpanStart} with '{second.Text}' at {second.SpanStart}", swapped.ToString(),
                    [first.SpanStart, second.SpanStart + second.Text.Length - first.Text.Length]);
            }
            case 3:
            {
                var literals = tokens.Where(t => t.Parent is LiteralExpressionSyntax).ToList();
                if (literals.Count == 0)
                    goto case 0;
                var literal = Pick(literals);
                var replacement = Literals[_random.Next(Literals.Length)];
                return new Mutant(entry, $"change literal '{literal.Text}' at {literal.SpanStart} to {replacement}", Replace(text, literal.Span, replacement), [literal.SpanStart]);
            }
            default:
            {
                var attributes = root.DescendantNodes().OfType<AttributeListSyntax>().ToList();
                if (attributes.Count == 0)
                    goto case 0;
                var attribute = attributes[_random.Next(attributes.Count)];
                return new Mutant(entry, $"delete attribute '{attribute}' at {attribute.SpanStart}", Replace(text, attribute.Span, ""), [attribute.SpanStart]);
            }
        }
    }

    private SyntaxToken Pick(List<SyntaxToken> tokens) => tokens[_random.Next(tokens.Count)];

    private static string Replace(SourceText text, TextSpan span, string replacement) => text.Replace(span, replacement).ToString();
}
