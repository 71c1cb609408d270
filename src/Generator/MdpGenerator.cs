using MdpDsl.Generator.Emitting;
using MdpDsl.Generator.Model;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Generator;

/// <summary>
/// Turns each <c>[Mdp]</c> partial class into a typed tabular model. A model whose shape cannot be emitted (no
/// state type, a field without a finite domain, a member of the wrong signature) gets no code, and the generator
/// reports nothing: the analyzers, which share its parser, report why, so the user sees the real problem instead
/// of errors in generated code. What the members compute (a positive reward under the exponential likelihood,
/// probabilities that do not sum to 1) is never read here: such a model gets its code, and the analyzers' error.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MdpGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                MetadataNames.Mdp,
                static (node, _) => node is TypeDeclarationSyntax,
                static (attributeContext, cancellationToken) => Parse(attributeContext, cancellationToken))
            .WithTrackingName(TrackingNames.Parse)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Valid);

        // Equal unless a model is added, removed or renamed, so an edit inside a model leaves every other output cached.
        var clashes = specs
            .Select(static (spec, _) => spec.HintName)
            .Collect()
            .Select(static (hintNames, _) => HintNames.Clashes(hintNames))
            .WithTrackingName(TrackingNames.HintNameClashes);

        context.RegisterSourceOutput(specs.Combine(clashes), static (output, input) =>
        {
            var (spec, clashes) = input;
            if (HintNames.Unique(spec.HintName, clashes) is { } hintName)
                output.AddSource(hintName, ModelEmitter.Emit(spec));
        });
    }

    private static MdpSpec? Parse(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        // A type with [Mdp] on two of its partial declarations is already a compiler error (CS0579); generating
        // for each would only add a duplicate hint name.
        if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes[0].AttributeClass is not { } mdp)
            return null;
        var known = KnownTypes.FromMdp(mdp);
        var mdpAttributes = 0;
        foreach (var attribute in type.GetAttributes())
            mdpAttributes += SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.Mdp) ? 1 : 0;
        if (mdpAttributes != 1)
            return null;

        // A file-local type has all its declarations in one file, so the generated half, in a file of its own,
        // cannot be one of them. The analyzers say so (MDP001); here the model only gets no code.
        for (var outer = type; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsFileLocal)
                return null;
        }

        if (DeclarationErrors.Any(type, known, context.SemanticModel.Compilation, cancellationToken))
            return null;
        return ModelParser.Parse(type, known, cancellationToken).Spec;
    }
}
