using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using MdpDsl.Benchmarks.Generator;
using MdpDsl.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MdpDsl.Benchmarks;

/// <summary>
/// The source generator run by a <see cref="CSharpGeneratorDriver"/> over one compilation holding 50 distinct
/// models and one unrelated file: a first run with a fresh driver (a clean build, or opening the project), and a
/// run of a warm driver after an edit to the unrelated file (what an IDE does on a keystroke). Each operation
/// runs on a clone of the compilation, so no symbols bound by a previous operation are reused.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    /// <summary>How many [Mdp] classes the compilation holds.</summary>
    public const int ModelCount = 50;

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    /// <summary>Builds the compilation and checks that the generator turns every model into compiling code.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorInput.Create(ModelSources.Create(ModelCount).Append(ModelSources.UnrelatedFile));
        _warm = NewDriver().RunGeneratorsAndUpdateCompilation(_compilation, out var output, out _);
        var result = _warm.GetRunResult().Results.Single();
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        // A benchmark of a generator that silently produced nothing would measure the wrong thing.
        if (result.Exception is not null || !result.Diagnostics.IsEmpty || result.GeneratedSources.Length != ModelCount || errors.Length > 0)
        {
            throw new InvalidOperationException(
                $"The generator did not produce {ModelCount} clean models: {result.GeneratedSources.Length} sources, " +
                $"exception {result.Exception?.Message ?? "none"}, diagnostics {string.Join("; ", result.Diagnostics.Concat(errors).Take(5))}");
        }

        var unrelated = _compilation.SyntaxTrees.Single(tree => tree.ToString() == ModelSources.UnrelatedFile);
        _edited = _compilation.ReplaceSyntaxTree(unrelated, CSharpSyntaxTree.ParseText(ModelSources.UnrelatedFileEdited, GeneratorInput.ParseOptions, unrelated.FilePath));
    }

    /// <summary>A fresh driver over the whole compilation: every model parsed and emitted.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FirstRun() => NewDriver().RunGenerators(_compilation.Clone());

    /// <summary>The driver that already ran, after an edit that touches no model: nothing needs emitting.</summary>
    [Benchmark]
    public GeneratorDriver AfterUnrelatedEdit() => _warm.RunGenerators(_edited.Clone());

    private static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(new[] { new MdpGenerator().AsSourceGenerator() }, parseOptions: GeneratorInput.ParseOptions);
}
