using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>
/// MDP005 on the third transition shape, <c>void T(S s, A a, Successors&lt;S&gt; next)</c>: the shape itself is
/// accepted as a static or instance method with any reward shape, and each malformed variant is reported on the
/// transition's name with the three shapes spelled in the model's own types.
/// </summary>
public class Mdp005SuccessorSinkTests
{
    private static string Model(string transition, string reward = "[Reward] public static double R(Cell s, Move a) => -1;") => $$"""
        using MdpDsl;

        [Mdp(Discount = 0.9)]
        public partial class Walk
        {
            public double Slip { get; init; } = 0.1;
            [State] public enum Cell { A, B }
            [Action] public enum Move { Stay, Go }
            {{reward}}
            [Transition] {{transition}}
        }
        """;

    private const string CellSignatures =
        "Cell T(Cell s, Move a), IEnumerable<(Cell, double)> T(Cell s, Move a) or void T(Cell s, Move a, Successors<Cell> next), not generic, parameters by value";

    // Before the state and action types are known, the shapes are spelled with S and A.
    private const string GenericSignatures =
        "S T(S s, A a), IEnumerable<(S, double)> T(S s, A a) or void T(S s, A a, Successors<S> next), not generic, parameters by value";

    [Theory]
    [InlineData("public static void T(Cell s, Move a, Successors<Cell> next) => next.Add(s, 1);")]
    [InlineData("public void T(Cell s, Move a, Successors<Cell> next) { next.Add(s, 1 - Slip); next.Add(Cell.B, Slip); }")]
    [InlineData("private static void T(Cell s, Move a, MdpDsl.Successors<Cell> next) { }")]
    public Task The_sink_shape_is_accepted_static_or_instance(string transition) =>
        Verify.VerifyAsync(Model(transition));

    [Theory]
    [InlineData("[Reward] public static double R(Cell s) => -1;")]
    [InlineData("[Reward] public double R(Cell s, Move a, Cell next) => next == Cell.B ? 1 : 0;")]
    public Task The_sink_shape_takes_every_reward_shape(string reward) =>
        Verify.VerifyAsync(Model("public static void T(Cell s, Move a, Successors<Cell> next) => next.Add(s, 1);", reward));

    [Fact]
    public Task A_sink_with_an_allowed_mask_is_accepted() =>
        Verify.VerifyAsync(Model("public static void T(Cell s, Move a, Successors<Cell> next) => next.Add(s, 1);",
            "[Reward] public static double R(Cell s) => -1; [Allowed] public static bool Can(Cell s, Move a) => s == Cell.A || a == Move.Stay;"));

    [Theory]
    [InlineData("public static void {|#0:T|}(Successors<Cell> next, Cell s, Move a) { }")]
    [InlineData("public static void {|#0:T|}(Cell s, Successors<Cell> next, Move a) { }")]
    public Task A_sink_before_the_state_or_action_is_reported_on_the_name(string transition) =>
        Verify.VerifyAsync(Model(transition), Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Transition]", "T", GenericSignatures));

    [Theory]
    [InlineData("public static bool {|#0:T|}(Cell s, Move a, Successors<Cell> next) => true;")]
    [InlineData("public static Cell {|#0:T|}(Cell s, Move a, Successors<Cell> next) => s;")]
    public Task A_sink_transition_that_returns_a_value_is_reported_on_the_name(string transition) =>
        Verify.VerifyAsync(Model(transition), Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Transition]", "T", CellSignatures));

    [Theory]
    [InlineData("ref")]
    [InlineData("in")]
    public Task A_sink_taken_by_reference_is_reported_on_the_name(string modifier) =>
        Verify.VerifyAsync(Model($"public static void {{|#0:T|}}(Cell s, Move a, {modifier} Successors<Cell> next) {{ }}"),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Transition]", "T", CellSignatures));

    [Fact]
    public Task An_out_sink_is_reported_on_the_name() =>
        Verify.VerifyAsync(Model("public static void {|#0:T|}(Cell s, Move a, out Successors<Cell> next) { next = new(); }"),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Transition]", "T", CellSignatures));

    [Theory]
    [InlineData("public static void {|#0:T|}(Cell s, Move a, Successors<Move> next) { }")]
    [InlineData("public static void {|#0:T|}(Cell s, Move a, System.Collections.Generic.List<(Cell, double)> next) { }")]
    [InlineData("public static void {|#0:T|}<TState>(Cell s, Move a, Successors<Cell> next) { }")]
    public Task A_third_parameter_that_is_not_the_state_sink_is_reported_on_the_name(string transition) =>
        Verify.VerifyAsync(Model(transition), Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Transition]", "T", CellSignatures));

    [Fact]
    public Task A_fourth_parameter_is_reported_on_the_name() =>
        Verify.VerifyAsync(Model("public static void {|#0:T|}(Cell s, Move a, Successors<Cell> next, int extra) { }"),
            Verify.Diagnostic(Diagnostics.BadSignature, 0, "[Transition]", "T", GenericSignatures));
}
