using System.Text.RegularExpressions;
using MdpDsl.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MdpDsl.Package.Tests;

/// <summary>
/// The product as a stranger installs it: a fresh console project with one PackageReference to MdpDsl, built and run
/// with the .NET CLI. A valid model compiles, is generated and solved; an invalid one fails the build with its
/// documented MDP diagnostic, reported by the packaged analyzers, and never with a generator crash.
/// </summary>
[Collection(PackageCollection.Name)]
public partial class ConsumerTests(PackedPackage package, ITestOutputHelper log)
{
    /// <summary>
    /// Four cells in a row, every step costs 1, the last cell ends the episode, no discount: from the first cell the
    /// best return is exactly −3 (three steps forward), and value iteration reaches it exactly.
    /// </summary>
    private const string Corridor = """
        using System.Globalization;
        using MdpDsl;

        var model = Corridor.Compile();
        var solution = model.ValueIteration();
        var start = Corridor.Start;
        Console.WriteLine(FormattableString.Invariant($"states: {Corridor.StateCount}"));
        Console.WriteLine(FormattableString.Invariant($"converged: {solution.Converged}"));
        Console.WriteLine(FormattableString.Invariant($"V(start): {solution.V[start]}"));
        Console.WriteLine(FormattableString.Invariant($"policy(start): {solution.Policy.Act(start)}"));

        [Mdp(Discount = 1.0)]
        public partial class Corridor
        {
            [State] public readonly record struct Cell([Range(0, 3)] int X);
            [Action] public enum Step { Back, Forward }

            [Initial]  public static Cell Start => new(0);
            [Terminal] public static bool AtEnd(Cell s) => s.X == 3;
            [Reward]   public static double Cost(Cell s, Step a) => -1;

            [Transition]
            public static Cell Move(Cell s, Step a) =>
                new(a == Step.Forward ? Math.Min(s.X + 1, 3) : Math.Max(s.X - 1, 0));
        }

        """;

    /// <summary>An integer state field without [Range] has no finite domain: MDP004, and nothing generated.</summary>
    private const string UnboundedState = """
        using MdpDsl;

        Console.WriteLine("this program must not build");

        [Mdp(Discount = 0.9)]
        public partial class Walk
        {
            [State] public readonly record struct Position(int X);
            [Action] public enum Step { Back, Forward }

            [Initial]  public static Position Start => new(0);
            [Reward]   public static double Cost(Position s, Step a) => -1;
            [Transition] public static Position Move(Position s, Step a) => new(a == Step.Forward ? s.X + 1 : s.X - 1);
        }

        """;

    [Fact]
    public void A_fresh_project_referencing_only_the_package_builds_and_solves_a_model()
    {
        var project = package.CreateConsumer("Corridor", Corridor);

        var build = Logged(DotNet.Run(project, "build", "--disable-build-servers")).ShouldSucceed();
        Assert.DoesNotMatch(CompilerWarning(), build.Output);

        var run = Logged(DotNet.Run(project, "run", "--no-build")).ShouldSucceed();
        var lines = run.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal(["states: 4", "converged: True", "V(start): -3", "policy(start): Forward"], lines);
    }

    [Fact]
    public void A_model_error_fails_the_build_with_its_MDP_diagnostic_and_no_generator_crash()
    {
        var project = package.CreateConsumer("UnboundedState", UnboundedState);

        var build = Logged(DotNet.Run(project, "build", "--disable-build-servers"));
        foreach (var error in build.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct())
            log.WriteLine(error.Trim());

        Assert.False(build.Succeeded, $"the invalid model built:{Environment.NewLine}{build.Output}");
        Assert.Contains("error MDP004", build.Output);
        Assert.Contains("Program.cs(8,", build.Output);           // at the field, not somewhere in generated code
        Assert.DoesNotContain("CS8785", build.Output);             // the generator threw
        Assert.DoesNotContain("AD0001", build.Output);             // an analyzer threw
        Assert.DoesNotContain("CS8032", build.Output);             // an analyzer could not be loaded
        var errors = DiagnosticId().Matches(build.Output).Select(m => m.Groups["id"].Value).ToHashSet();
        Assert.Equal(["MDP004"], errors);
    }

    private CommandResult Logged(CommandResult result)
    {
        log.WriteLine(result.ToString());
        return result;
    }

    /// <summary>A warning from the compiler, the generator or the analyzers (not NuGet's, which depend on the machine).</summary>
    [GeneratedRegex(@"warning (CS|MDP|AD|RS)\d{4}")]
    private static partial Regex CompilerWarning();

    [GeneratedRegex(@"error (?<id>[A-Z]+\d+)")]
    private static partial Regex DiagnosticId();
}
