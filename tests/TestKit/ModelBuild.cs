using System.Collections.Immutable;
using MdpDsl.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.TestKit;

/// <summary>
/// One build of model sources as a user's compiler runs it: the generator first, then the compiler and every
/// MdpDsl analyzer over the sources with the generated files added.
/// </summary>
/// <param name="Generated">The files the generator added.</param>
/// <param name="GeneratorDiagnostics">What the generator run reported, including CS8785 when the generator threw.</param>
/// <param name="GeneratorException">The exception the generator threw, if any.</param>
/// <param name="Diagnostics">The compiler's and the analyzers' diagnostics, AD0001 included when an analyzer threw.</param>
/// <param name="Output">The compilation with the generated files, for emitting and running.</param>
public sealed record ModelBuild(
    ImmutableArray<SyntaxTree> Generated,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    Exception? GeneratorException,
    ImmutableArray<Diagnostic> Diagnostics,
    Microsoft.CodeAnalysis.Compilation Output)
{
    /// <summary>The MdpDsl diagnostics.</summary>
    public IEnumerable<Diagnostic> Mdp => Diagnostics.Where(d => d.Id.StartsWith("MDP", StringComparison.Ordinal));

    /// <summary>The types marked [Mdp] in the sources.</summary>
    public IEnumerable<INamedTypeSymbol> Models => Output.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
        .Where(type => type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "MdpDsl.MdpAttribute"));

    /// <summary>Every diagnostic located in a generated file: what an accepted or rejected model must never cause.</summary>
    public IEnumerable<Diagnostic> InGeneratedCode => Diagnostics.Where(d => d.Location.SourceTree is { } tree && Generated.Contains(tree));

    /// <summary>Builds <paramref name="sources"/>.</summary>
    public static Task<ModelBuild> RunAsync(params string[] sources) => RunAsync(ModelCompilation.Create(sources));

    /// <summary>Runs the generator on <paramref name="compilation"/>, then the compiler and every analyzer on its output.</summary>
    public static async Task<ModelBuild> RunAsync(Microsoft.CodeAnalysis.Compilation compilation)
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new MdpGenerator().AsSourceGenerator() }, parseOptions: ModelCompilation.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();
        // Each build is one thread's work; the caller decides how many builds run at once.
        var analysis = output.WithAnalyzers(MdpAnalyzers.All, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await analysis.GetAllDiagnosticsAsync().ConfigureAwait(false);
        return new ModelBuild(
            result.GeneratedTrees,
            generatorDiagnostics.AddRange(result.Diagnostics),
            result.Results.Single().Exception,
            diagnostics,
            output);
    }
}
