using System.Collections.Concurrent;
using System.Diagnostics;
using MdpDsl.Analyzers.Tests.Verifying;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace MdpDsl.Analyzers.Tests.Robustness;

/// <summary>
/// Whatever half-typed model the editor holds, the generator and the analyzers must answer with diagnostics, never
/// with an exception (CS8785 from the generator, AD0001 from an analyzer). The generator and the analyzers must agree,
/// as they share one parser: a model with an MdpDsl error gets no generated code, and one that compiles without
/// any error gets its code. Nor may generated code ever hold an error of its own.
/// </summary>
public sealed class NeverThrowsTests
{
    /// <summary>Fixed, so that a failure names the same mutant on every machine.</summary>
    private const int Seed = 20_240_611;

    private const int Mutations = 2_000;

    private readonly ITestOutputHelper _output;

    public NeverThrowsTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Random_mutations_of_every_model_draw_diagnostics_not_exceptions()
    {
        var corpus = ModelCorpus.Load();
        Assert.True(corpus.Count >= 2, $"Expected the sample and test models to mutate, found {corpus.Count}");
        var mutator = new Mutator(new Random(Seed));
        var mutants = Enumerable.Range(0, Mutations).Select(i => mutator.Mutate(corpus[i % corpus.Count])).ToList();

        var failures = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(mutants, async (mutant, _) =>
        {
            var problems = Problems(await ModelBuild.RunAsync(mutant.Source)).ToList();
            if (problems.Count > 0)
                failures.Add($"{mutant.Origin.Name}, {mutant.Mutation}:\n  " + string.Join("\n  ", problems.Take(3)));
        });

        _output.WriteLine($"{mutants.Count} mutations of {corpus.Count} models tried in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {mutants.Count} mutants failed:\n" + string.Join("\n", failures.Take(10)));
    }

    private static IEnumerable<string> Problems(ModelBuild build)
    {
        if (build.GeneratorException is { } exception)
            yield return "the generator threw " + exception;
        foreach (var crash in build.GeneratorDiagnostics.Concat(build.Diagnostics).Where(d => d.Id is "CS8785" or "AD0001"))
            yield return crash.ToString();
        var mdpErrors = build.Mdp.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (mdpErrors.Count > 0 && build.Generated.Length > 0)
            yield return $"code was generated despite {mdpErrors[0]}";
        foreach (var error in build.ErrorsInGeneratedCode)
            yield return "the generated code has an error: " + error;
        var clean = !build.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (clean && build.Generated.Length != build.Models.Count())
            yield return $"a model without errors got {build.Generated.Length} generated files for {build.Models.Count()} models";
    }
}
