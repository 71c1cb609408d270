using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MdpDsl.Generator.Tests.Driving;

/// <summary>One file the generator added.</summary>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>Everything one generator run produced, read out of Roslyn's result types.</summary>
/// <param name="Sources">The generated files, by hint name.</param>
/// <param name="GeneratorDiagnostics">Diagnostics the generator itself reported (it should report none).</param>
/// <param name="Exceptions">Exceptions the generator threw; the compiler would turn each into CS8785.</param>
/// <param name="CompilationErrors">Errors of the compilation with the generated files added.</param>
/// <param name="GeneratedCodeWarnings">Warnings the compiler reports inside the generated files.</param>
/// <param name="Output">That compilation, for emitting and running the generated code.</param>
/// <param name="Driver">The driver after the run, holding its cache for an incremental second run.</param>
internal sealed record GeneratorRun(
    ImmutableArray<GeneratedSource> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Exception> Exceptions,
    ImmutableArray<Diagnostic> CompilationErrors,
    ImmutableArray<Diagnostic> GeneratedCodeWarnings,
    Microsoft.CodeAnalysis.Compilation Output,
    GeneratorDriver Driver)
{
    /// <summary>The run result of the one generator, with its tracked incremental steps.</summary>
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    /// <summary>
    /// Fails unless the generator ran cleanly and its output compiles without errors and without warnings in the
    /// generated files; <paramref name="context"/> names the case in the failure message.
    /// </summary>
    public GeneratorRun AssertClean(string context = "")
    {
        var prefix = context.Length > 0 ? context + ": " : "";
        Assert.True(Exceptions.IsEmpty, prefix + "The generator threw:\n" + string.Join("\n", Exceptions));
        Assert.True(GeneratorDiagnostics.IsEmpty, prefix + "The generator reported:\n" + string.Join("\n", GeneratorDiagnostics));
        Assert.True(CompilationErrors.IsEmpty, prefix + $"The output does not compile ({CompilationErrors.Length} errors):\n" + string.Join("\n", CompilationErrors.Take(5)));
        Assert.True(GeneratedCodeWarnings.IsEmpty, prefix + "The generated code has warnings:\n" + string.Join("\n", GeneratedCodeWarnings));
        return this;
    }
}

/// <summary>
/// Runs <see cref="MdpGenerator"/> over a compilation of the test kit (<see cref="ModelCompilation"/>), as the
/// compiler does in a user's build, with step tracking on for the caching tests.
/// </summary>
internal static class GeneratorHarness
{
    public static GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create(
            new[] { new MdpGenerator().AsSourceGenerator() },
            parseOptions: ModelCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params string[] sources) => Run(ModelCompilation.Create(sources));

    /// <summary>Runs <paramref name="driver"/> (a fresh one when null) on <paramref name="compilation"/>.</summary>
    public static GeneratorRun Run(Microsoft.CodeAnalysis.Compilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? Driver()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        var generatedTrees = result.GeneratedSources.Select(s => s.SyntaxTree).ToHashSet();
        var diagnostics = output.GetDiagnostics();
        return new GeneratorRun(
            result.GeneratedSources.Select(s => new GeneratedSource(s.HintName, s.SourceText.ToString())).ToImmutableArray(),
            result.Diagnostics,
            result.Exception is null ? ImmutableArray<Exception>.Empty : ImmutableArray.Create(result.Exception),
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray(),
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && generatedTrees.Contains(d.Location.SourceTree!)).ToImmutableArray(),
            output,
            driver);
    }
}
