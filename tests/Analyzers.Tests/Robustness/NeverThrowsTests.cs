using System.Collections.Concurrent;
using System.Diagnostics;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace MdpDsl.Analyzers.Tests.Robustness;

/// <summary>
/// Whatever half-typed model the editor holds, the generator and the analyzers must answer with diagnostics, never
/// with an exception (CS8785 from the generator, AD0001 from an analyzer). The generated code must never be the
/// place of a diagnostic, and a mutant whose own C# compiles gets either an MdpDsl error or a clean build, never a
/// compiler error that the generated code brings. The generator and the analyzers agree, as they share one parser:
/// a model with an error about its shape gets no code, and a build without any error has the code of every model.
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
            var problems = Problems(mutant, await ModelBuild.RunAsync(mutant.Source)).ToList();
            if (problems.Count > 0)
                failures.Add($"{mutant.Origin.Name}, {mutant.Mutation}:\n  " + string.Join("\n  ", problems.Take(3)));
        });

        _output.WriteLine($"{mutants.Count} mutations of {corpus.Count} models tried in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {mutants.Count} mutants failed:\n" + string.Join("\n", failures.Take(10)));
    }

    private static IEnumerable<string> Problems(Mutant mutant, ModelBuild build)
    {
        if (build.GeneratorException is { } exception)
            yield return "the generator threw " + exception;
        foreach (var crash in build.GeneratorDiagnostics.Concat(build.Diagnostics).Where(d => d.Id is "CS8785" or "AD0001"))
            yield return crash.ToString();
        foreach (var diagnostic in build.InGeneratedCode.Where(d => d.Severity != DiagnosticSeverity.Hidden))
            yield return "a diagnostic in generated code: " + diagnostic;
        // The mutant's own errors are those the compiler reports without the generated code too; the errors of
        // calls to a generated API that is not there go away with it. While the mutant has none of its own, the
        // build must hold MdpDsl errors only, or none at all.
        var withoutGenerated = build.Output.RemoveSyntaxTrees(build.Generated).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => (d.Id, d.Location))
            .ToHashSet();
        var compilerErrors = build.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("MDP", StringComparison.Ordinal)).ToList();
        if (!compilerErrors.Any(error => withoutGenerated.Contains((error.Id, error.Location)) || InChangedMember(mutant, error.Location)))
        {
            foreach (var error in compilerErrors)
                yield return "neither an MdpDsl error nor a clean build: " + error;
        }
        if (build.Mdp.FirstOrDefault(Diagnostics.IsShapeError) is { } shapeError && build.Generated.Length == build.Models.Count())
            yield return $"every model got code despite {shapeError}";
        var clean = !build.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (clean && build.Generated.Length != build.Models.Count())
            yield return $"a build without errors got {build.Generated.Length} generated files for {build.Models.Count()} models";
    }

    /// <summary>
    /// Whether <paramref name="location"/> lies in a member (not a whole type) that the mutation changed: an error
    /// there is the mutant's own even when only the generated code lets the compiler see it, as when a lambda passed
    /// to a generated list no longer has a type to infer once a token is gone.
    /// </summary>
    private static bool InChangedMember(Mutant mutant, Location location)
    {
        // Only the mutant's own file: generated files have their positions of their own.
        if (location.SourceTree is not { } tree || tree.GetText().ToString() != mutant.Source)
            return false;
        var root = tree.GetRoot();
        return mutant.Changed.Where(position => position < root.FullSpan.End).Any(position =>
            root.FindToken(position).Parent?.AncestorsAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>().FirstOrDefault() is { } member &&
            member is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax &&
            member.Span.Contains(location.SourceSpan));
    }
}
