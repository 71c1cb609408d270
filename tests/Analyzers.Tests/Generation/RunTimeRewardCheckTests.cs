using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using MdpDsl.Analyzers.Tests.Verifying;

namespace MdpDsl.Analyzers.Tests.Generation;

/// <summary>
/// MDP006 stays silent where the compiler cannot fold a reward; then <c>Compile()</c> checks every reward and
/// names the state and action of a positive one. This runs the generated code to show the two halves meet.
/// </summary>
public class RunTimeRewardCheckTests
{
    private const string Source = """
        using MdpDsl;

        namespace Casino;

        [Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)]
        public partial class Slots
        {
            public double Jackpot { get; init; } = -0.5;

            [State] public enum Machine { Cold, Hot }
            [Action] public enum Lever { Hold, Pull }
            [Reward] public double Payout(Machine s, Lever a) => s == Machine.Hot && a == Lever.Pull ? Jackpot : -1;
            [Transition] public static Machine Spin(Machine s, Lever a) => a == Lever.Pull ? Machine.Hot : s;
        }
        """;

    [Fact]
    public async Task A_reward_the_compiler_cannot_fold_is_checked_by_Compile_which_names_the_state_and_action()
    {
        var build = await ModelBuild.RunAsync(Source);
        Assert.Empty(build.Diagnostics);
        var slots = Load(build).GetType("Casino.Slots")!;

        var exception = Assert.Throws<ModelValidationException>(() => Compile(slots, jackpot: 0.5));

        Assert.Equal(("Hot", "Pull", 0.5), (exception.State?.ToString(), exception.Action?.ToString(), exception.Value));
        Assert.Contains("Hot", exception.Message);
        Assert.Contains("Pull", exception.Message);
    }

    [Fact]
    public async Task The_same_model_compiles_while_every_reward_is_at_most_zero()
    {
        var build = await ModelBuild.RunAsync(Source);
        var slots = Load(build).GetType("Casino.Slots")!;

        Assert.NotNull(Compile(slots, jackpot: 0));
    }

    [Fact]
    public async Task A_transition_reward_whose_expectation_is_negative_draws_no_diagnostic_and_Compile_accepts_it()
    {
        var build = await ModelBuild.RunAsync("""
            using System.Collections.Generic;
            using MdpDsl;

            namespace Dice;

            [Mdp(Discount = 0.9, Likelihood = Optimality.Exponential)]
            public partial class Walk
            {
                [State] public enum Cell { Start, Goal }
                [Action] public enum Move { Try }
                [Terminal] public static bool Done(Cell s) => s == Cell.Goal;
                [Transition] public static IEnumerable<(Cell, double)> T(Cell s, Move a) => [(Cell.Goal, 0.5), (Cell.Start, 0.5)];
                [Reward] public static double R(Cell s, Move a, Cell next) => next == Cell.Goal ? 1 : -4;
            }
            """);
        Assert.Empty(build.Diagnostics);

        var compile = Load(build).GetType("Dice.Walk")!.GetMethod("Compile")!;

        Assert.NotNull(compile.Invoke(null, null));
    }

    private static object Compile(Type model, double jackpot)
    {
        var instance = Activator.CreateInstance(model)!;
        model.GetProperty("Jackpot")!.SetValue(instance, jackpot);
        try
        {
            return model.GetMethod("Compile")!.Invoke(instance, null)!;
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            throw invocation.InnerException;
        }
    }

    /// <summary>Emits the build and loads it beside the runtime this test already holds, so their types are one.</summary>
    private static Assembly Load(ModelBuild build)
    {
        using var image = new MemoryStream();
        var emitted = build.Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext(nameof(RunTimeRewardCheckTests), isCollectible: true).LoadFromStream(image);
    }
}
