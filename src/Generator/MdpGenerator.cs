using MdpDsl.Generator.Emitting;
using MdpDsl.Generator.Incremental;
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
        // Each file's declarations, worked out again only for a file that changed.
        var files = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => node is CompilationUnitSyntax, static (syntax, _) => syntax.Node.SyntaxTree)
            .Select(static (tree, cancellationToken) => FileDeclarations.Of(tree, cancellationToken))
            .WithTrackingName(TrackingNames.Declarations)
            .Collect();

        // Every compilation is new, but one whose declarations, references and options are all as they were
        // compares equal, and then no model is bound or parsed again.
        var compilations = context.CompilationProvider
            .Combine(files)
            .Select(static (input, _) => new DeclaredCompilation(input.Left, input.Right))
            .WithComparer(DeclaredCompilation.ByDeclarations);

        var specs = compilations
            .SelectMany(static (compilation, cancellationToken) => ModelDiscovery.Parse(compilation.Compilation, cancellationToken))
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
}
