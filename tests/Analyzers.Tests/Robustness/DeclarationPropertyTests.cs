using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using MdpDsl.Analyzers.Tests.Robustness.Declarations;
using MdpDsl.Storage;
using MdpDsl.TestKit;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace MdpDsl.Analyzers.Tests.Robustness;

/// <summary>
/// The promise of the DSL, checked over thousands of declarations a user could write: if it compiles, it runs.
/// Each declaration is built with the generator and the analyzers. Neither may throw, no diagnostic may point into
/// generated code, and the build either has an MDP error on the user's code or is clean; a clean build is then
/// loaded, and every model's <c>Compile()</c> must run and hold exactly the states and actions declared.
/// </summary>
public sealed class DeclarationPropertyTests
{
    /// <summary>Case <c>i</c> is drawn from seed <c>Seed + i</c>, so a failure names one case to replay alone.</summary>
    private const int Seed = 10_000;

    private const int Cases = 1_000;

    /// <summary>Set to one case's seed to replay only that case.</summary>
    private const string ReplayVariable = "MDPDSL_DECLARATION_SEED";

    private readonly ITestOutputHelper _output;

    public DeclarationPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Every_declaration_draws_an_MDP_error_or_builds_a_model_that_compiles_and_runs()
    {
        var seeds = Environment.GetEnvironmentVariable(ReplayVariable) is { } replay
            ? new[] { int.Parse(replay, System.Globalization.CultureInfo.InvariantCulture) }
            : Enumerable.Range(Seed, Cases).ToArray();
        var failures = new ConcurrentBag<(int Seed, List<string> Problems, string Source)>();
        var (rejected, ran) = (0, 0);
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(seeds, async (seed, _) =>
        {
            var declaration = new DeclarationSampler(new Random(seed)).Next();
            var source = declaration.Render();
            var (verdict, problems) = await Check(declaration, source);
            if (verdict == Verdict.Rejected)
                Interlocked.Increment(ref rejected);
            else if (verdict == Verdict.Ran)
                Interlocked.Increment(ref ran);
            if (problems.Count > 0)
                failures.Add((seed, problems, source));
        });

        _output.WriteLine($"{seeds.Length} declarations in {clock.Elapsed.TotalSeconds:F1} s: {rejected} rejected with an MDP error, {ran} built and ran");
        var kinds = failures.SelectMany(f => f.Problems.Select(Kind).Distinct().Select(kind => (Kind: kind, f.Seed)))
            .GroupBy(failure => failure.Kind, failure => failure.Seed)
            .OrderByDescending(group => group.Count());
        Assert.True(failures.IsEmpty, $"{failures.Count} of {seeds.Length} declarations failed, by kind of problem:\n" +
            string.Join("\n", kinds.Select(group => $"  {group.Count(),5} × {group.Key} (first: {ReplayVariable}={group.Min()})")) + "\nThe first:\n" +
            string.Join("\n", failures.OrderBy(f => f.Seed).Take(3).Select(f => $"{string.Join("\n", f.Problems.Take(4))}\n--- {ReplayVariable}={f.Seed}\n{f.Source}")));
        // A sampler that only drew invalid declarations, or only valid ones, would test half the promise.
        Assert.True(seeds.Length == 1 || (rejected > seeds.Length / 10 && ran > seeds.Length / 4), $"rejected {rejected}, ran {ran}");
    }

    /// <summary>
    /// The sampler's own promise: what it draws is legal C# before the generator adds anything, so that every error
    /// the property test meets is the generator's or an analyzer's to answer, not a flaw of the declaration.
    /// </summary>
    [Fact]
    public void Sampled_declarations_are_legal_CSharp_without_generated_code()
    {
        var illegal = Enumerable.Range(Seed, Cases)
            .Select(seed => (Seed: seed, Declaration: new DeclarationSampler(new Random(seed)).Next()))
            .Where(drawn => drawn.Declaration.IsLegalCSharp)
            .Select(drawn => (drawn.Seed, Source: drawn.Declaration.Render()))
            .Select(drawn => (drawn.Seed, drawn.Source, Errors: ModelCompilation.Create(drawn.Source).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList()))
            .Where(drawn => drawn.Errors.Count > 0)
            .ToList();
        var kinds = illegal.SelectMany(drawn => drawn.Errors.Select(error => error.Id).Distinct()).GroupBy(id => id).Select(group => $"{group.Count()} × {group.Key}");
        Assert.True(illegal.Count == 0, $"{illegal.Count} declarations are not legal C# ({string.Join(", ", kinds)}); the first:\n" +
            string.Join("\n", illegal.Take(3).Select(drawn => $"{string.Join("\n", drawn.Errors.Take(3))}\n--- {ReplayVariable}={drawn.Seed}\n{drawn.Source}")));
    }

    /// <summary>A problem's kind, for the summary: the diagnostic ID it names, or its opening words.</summary>
    private static string Kind(string problem) =>
        System.Text.RegularExpressions.Regex.Match(problem, @"\b(?:CS|AD|MDP)\d{4}\b") is { Success: true } id
            ? problem[..Math.Min(problem.IndexOf(':'), 40)].Trim() + " " + id.Value
            : problem[..Math.Min(problem.Length, 60)];

    private enum Verdict { Rejected, Ran, Failed }

    private static async Task<(Verdict, List<string>)> Check(Declaration declaration, string source)
    {
        var build = await ModelBuild.RunAsync(source);
        var problems = new List<string>();
        if (build.GeneratorException is { } exception)
            problems.Add("the generator threw " + exception);
        problems.AddRange(build.GeneratorDiagnostics.Concat(build.Diagnostics).Where(d => d.Id is "CS8785" or "AD0001").Select(d => d.ToString()));
        problems.AddRange(build.InGeneratedCode.Select(d => "a diagnostic in generated code: " + d));
        if (problems.Count > 0)
            return (Verdict.Failed, problems);

        if (build.Mdp.Any(d => d.Severity == DiagnosticSeverity.Error))
            return (Verdict.Rejected, problems);
        var errors = build.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            return (Verdict.Failed, new List<string> { "no MDP error, yet the build fails: " + string.Join("\n", errors.Take(3)) });

        problems.AddRange(Run(declaration, build.Output));
        return (problems.Count == 0 ? Verdict.Ran : Verdict.Failed, problems);
    }

    /// <summary>Loads the built assembly and compiles every model in it, as the user's program would.</summary>
    private static IEnumerable<string> Run(Declaration declaration, Microsoft.CodeAnalysis.Compilation output)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        if (!emitted.Success)
            return new[] { "the clean build does not emit: " + string.Join("\n", emitted.Diagnostics.Take(3)) };
        image.Position = 0;

        // Collectible, so that a thousand loaded declarations do not stay in memory; MdpDsl.Runtime resolves from the
        // default context, so the models share the test's runtime types.
        var context = new AssemblyLoadContext("declaration", isCollectible: true);
        try
        {
            var models = context.LoadFromStream(image).GetTypes().Where(type => type.IsDefined(typeof(MdpAttribute), inherit: false)).ToList();
            if (models.Count == 0)
                return new[] { "the clean build has no [Mdp] type" };
            return models.SelectMany(model => Compile(declaration, model)).ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    private static IEnumerable<string> Compile(Declaration declaration, Type model)
    {
        const BindingFlags AnyCompile = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var compile = model.GetMethods(AnyCompile).SingleOrDefault(method => method.Name == "Compile" && method.GetParameters().Length == 0);
        if (compile is null)
            return new[] { $"{model} has no generated Compile()" };
        object compiled;
        try
        {
            var instance = compile.IsStatic ? null : Activator.CreateInstance(model, nonPublic: true);
            compiled = compile.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, null, null)!;
        }
        catch (Exception exception)
        {
            return new[] { $"{model}.Compile() threw {exception}" };
        }

        var table = (TransitionTable)compiled.GetType().GetProperty("Table")!.GetValue(compiled)!;
        var problems = new List<string>();
        if (table.StateCount != declaration.ExpectedStates)
            problems.Add($"{model} compiled {table.StateCount} states, but its state type declares {declaration.ExpectedStates}");
        if (table.ActionCount != declaration.ExpectedActions)
            problems.Add($"{model} compiled {table.ActionCount} actions, but its action type declares {declaration.ExpectedActions}");
        return problems;
    }
}
