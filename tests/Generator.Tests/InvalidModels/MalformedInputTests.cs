using MdpDsl.Generator.Tests.Driving;

namespace MdpDsl.Generator.Tests.InvalidModels;

/// <summary>
/// Half-typed and contradictory code, as an IDE hands it to the generator on every keystroke. One exception would
/// delete all generated code and show only CS8785, so the generator must stay quiet on all of it.
/// </summary>
public sealed class MalformedInputTests
{
    private const string Members = """
        [State] public enum S { A, B }
        [Action] public enum Act { Go }
        [Reward] public static double R(S s) => 0;
        [Transition] public static S T(S s, Act a) => s;
        """;

    public static TheoryData<string[]> Inputs => new()
    {
        new[] { "using MdpDsl; [Mdp] partial class M { [Transition] static S T(S s, A a) => " },
        new[] { "using MdpDsl; [Mdp(Discount = )] partial class M { }" },
        new[] { "using MdpDsl; [Mdp(Discount = \"high\", Horizon = 2.5)] partial class M { " + Members + " }" },
        new[] { "using MdpDsl; [Mdp(Horizon = -1, MaxStates = 0)] partial class M { }" },
        new[] { "using MdpDsl; [Mdp] partial class M<T> { " + Members + " }" },
        new[] { "using MdpDsl; partial class Outer<T> { [Mdp] partial class M { " + Members + " } }" },
        new[] { "using MdpDsl; class Outer { [Mdp] partial class M { " + Members + " } }" },
        new[] { "using MdpDsl; [Mdp] [Mdp] partial class M { " + Members + " }" },
        new[] { "using MdpDsl; [Mdp] partial class M { " + Members + " }", "using MdpDsl; [Mdp] partial class M { }" },
        new[] { "using MdpDsl; [Mdp] partial interface I { }" },
        new[] { "using MdpDsl; [Mdp] partial struct M { " + Members + " }" },
        new[] { "using MdpDsl; [Mdp] partial record M { " + Members + " }" },
        new[] { "using MdpDsl; [Mdp] partial class M { [State] public record struct S(S Inner); [Action] public enum A { X } [Reward] static double R(S s) => 0; [Transition] static S T(S s, A a) => s; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { [State] public record struct S([Range(3, 1)] int X); [Action] public enum A { X } [Reward] static double R(S s) => 0; [Transition] static S T(S s, A a) => s; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { [State] public record struct S([Range(0, 300)] byte X); [Action] public enum A { X } [Reward] static double R(S s) => 0; [Transition] static S T(S s, A a) => s; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { [State] public record struct S([Range(\"a\", 1)] int X); [Action] public enum A { X } [Reward] static double R(S s) => 0; [Transition] static S T(S s, A a) => s; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { [State] public record struct S([Range(0, 3_000_000_000)] long X, [Range(0, 3_000_000_000)] long Y); [Action] public enum A { X } [Reward] static double R(S s) => 0; [Transition] static S T(S s, A a) => s; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { [State] public enum S { } [Action] public enum A { X } [Reward] static double R(S s) => 0; [Transition] static S T(S s, A a) => s; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { [State] public abstract class S { } [Action] public enum A { X } [Reward] static double R(S s) => 0; [Transition] static S T(S s, A a) => s; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { [State] public class S { } [Action] public enum A { X } [Reward] static double R(S s) => 0; [Transition] static S T(S s, A a) => s; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { " + Members + " [Transition] static S U(S s, Act a) => s; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { [State] public enum S { A } [Action] public enum Act { Go } [Reward] static double R(S s) => 0; [Transition] static S T => default; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { [State] public enum S { A } [Action] public enum Act { Go } [Reward] static double R(S s) => 0; [Transition] static S T<U>(S s, Act a) => s; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { [State] public enum S { A } [Action] public enum Act { Go } [Reward] static double R(S s) => 0; [Transition] static S T(Missing s, Act a) => s; }" },
        new[] { "using MdpDsl; [Mdp] partial class M { " + Members + " [Initial] static S Start(int seed) => S.A; [Terminal] static int Over(S s) => 0; [Allowed] static bool Ok(S s) => true; }" },
        new[] { "using MdpDsl; [Mdp(States = StateSpace.Reachable)] partial class M { [State] public record struct S(int X); [Action] public enum A { X } [Reward] static double R(S s) => 0; [Transition] static S T(S s, A a) => s; }" },
        // Two types whose hint names would coincide; declaring both is itself a compile error (CS0101).
        new[]
        {
            "using MdpDsl; namespace Arcade.Games { [Mdp] public partial class Dice { " + Members + " } }",
            "using MdpDsl; namespace Arcade { public partial class Games { [Mdp] public partial class Dice { " + Members + " } } }",
        },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Generator_never_throws(string[] sources)
    {
        var run = GeneratorHarness.Run(sources);

        Assert.Empty(run.Exceptions);
        Assert.Empty(run.GeneratorDiagnostics);
    }
}
