using MdpDsl.Generator.Parsing;
using Verify = MdpDsl.Analyzers.Tests.Verifying.AnalyzerVerifier<MdpDsl.Analyzers.ModelDeclarationAnalyzer>;

namespace MdpDsl.Analyzers.Tests.Rules;

/// <summary>A model whose state is <paramref name="state"/> and whose extra members are <paramref name="members"/>.</summary>
file static class Models
{
    public static string With(string state = "[State] public enum Cell { A, B }", string members = "", string reward = "[Reward] public static double R(Cell s, Move a) => -1;") => $$"""
        using System;
        using MdpDsl;

        [Mdp(Discount = 0.9)]
        public partial class Walk
        {
            {{state}}
            [Action] public enum Move { Stay }
            {{reward}}
            [Transition] public static Cell T(Cell s, Move a) => s;
            {{members}}
        }
        """;
}

/// <summary>MDP014: a member may not take a name the generator gives to the model's API.</summary>
public class Mdp014ReservedNameTests
{
    [Fact]
    public Task A_member_named_Compile_is_reported_on_it() =>
        Verify.VerifyAsync(Models.With(members: "public static int {|#0:Compile|}() => 0;"), Verify.Diagnostic(Diagnostics.ReservedName, 0, "Walk", "Compile"));

    [Fact]
    public Task A_model_class_named_like_a_generated_member_is_reported_on_its_name() =>
        Verify.VerifyAsync(Models.With().Replace("public partial class Walk", "public partial class {|#0:Actions|}"),
            Verify.Diagnostic(Diagnostics.ReservedName, 0, "Actions", "Actions"));

    [Fact]
    public Task A_model_class_named_Model_is_fine_its_typed_model_takes_another_name() =>
        Verify.VerifyAsync(Models.With().Replace("public partial class Walk", "public partial class Model"));

    [Fact]
    public Task StateCount_is_free_in_a_reachable_model_which_does_not_generate_it() =>
        Verify.VerifyAsync(Models.With(members: "public const int StateCount = 2; [Initial] public static Cell Start => Cell.A;")
            .Replace("Mdp(Discount = 0.9)", "Mdp(Discount = 0.9, States = StateSpace.Reachable)"));
}

/// <summary>MDP015: a [Range] must be non-empty and fit its field's type.</summary>
public class Mdp015RangeTests
{
    [Fact]
    public Task An_empty_range_is_reported_on_the_field() =>
        Verify.VerifyAsync(Models.With("[State] public readonly record struct Cell([Range(4, 0)] int {|#0:X|});"),
            Verify.Diagnostic(Diagnostics.BadRange, 0, "Cell.X", 4, 0, "int"));

    [Fact]
    public Task A_range_beyond_the_field_type_is_reported_on_the_field() =>
        Verify.VerifyAsync(Models.With("[State] public readonly record struct Cell([Range(0, 300)] byte {|#0:X|});"),
            Verify.Diagnostic(Diagnostics.BadRange, 0, "Cell.X", 0, 300, "byte"));
}

/// <summary>MDP016: the state type must have a finite set of values the generated code can enumerate.</summary>
public class Mdp016StateShapeTests
{
    [Fact]
    public Task A_ref_struct_state_is_reported_on_the_type() =>
        Verify.VerifyAsync(Models.With("[State] public ref struct {|#0:Cell|} { public bool Lit; }"), Verify.Diagnostic(Diagnostics.NotEnumerable, 0, "Cell"));

    [Fact]
    public Task A_state_enum_without_members_is_reported_on_the_enum() =>
        Verify.VerifyAsync(Models.With("[State] public enum {|#0:Cell|} { }"), Verify.Diagnostic(Diagnostics.NotEnumerable, 0, "Cell"));

    [Fact]
    public Task A_state_that_contains_itself_is_reported() =>
        Verify.VerifyAsync(Models.With("[State] public sealed record Cell(bool Lit, Cell {|#0:Next|});"), Verify.Diagnostic(Diagnostics.NotEnumerable, 0, "Cell"));
}

/// <summary>MDP017: the generated code must be able to build a state and read its fields.</summary>
public class Mdp017BuildableTests
{
    [Fact]
    public Task A_state_whose_only_matching_constructor_is_private_is_reported_on_the_type() =>
        Verify.VerifyAsync(Models.With("""
            [State] public readonly struct {|#0:Cell|}
            {
                private Cell(bool lit) => Lit = lit;
                public bool Lit { get; }
            }
            """), Verify.Diagnostic(Diagnostics.NotBuildable, 0, "Cell", "state"));

    [Fact]
    public Task A_settable_state_with_a_private_setter_is_reported_on_the_type() =>
        Verify.VerifyAsync(Models.With("[State] public struct {|#0:Cell|} { public bool Lit { get; private set; } }"),
            Verify.Diagnostic(Diagnostics.NotBuildable, 0, "Cell", "state"));

    [Fact]
    public Task A_state_with_a_private_field_is_reported_on_the_type() =>
        Verify.VerifyAsync(Models.With("[State] public struct {|#0:Cell|} { private bool _lit; public bool Lit => _lit; }"),
            Verify.Diagnostic(Diagnostics.NotBuildable, 0, "Cell", "state"));

    [Fact]
    public Task A_state_whose_constructor_is_obsolete_as_an_error_is_reported_on_the_type() =>
        Verify.VerifyAsync(Models.With("""
            [State] public readonly struct {|#0:Cell|}
            {
                [Obsolete("no", error: true)] public Cell(bool lit) => Lit = lit;
                public bool Lit { get; }
            }
            """), Verify.Diagnostic(Diagnostics.NotBuildable, 0, "Cell", "state"));

    [Fact]
    public Task A_state_without_a_constructor_or_setters_is_reported_on_the_type() =>
        Verify.VerifyAsync(Models.With("[State] public readonly struct {|#0:Cell|} { public readonly bool Lit; }"),
            Verify.Diagnostic(Diagnostics.NotBuildable, 0, "Cell", "state"));

    [Fact]
    public Task A_class_state_built_by_an_initializer_whose_parameterless_constructor_is_private_is_reported_on_the_type() =>
        Verify.VerifyAsync(Models.With("""
            [State] public sealed record {|#0:Cell|}
            {
                private Cell() { }
                public bool Lit { get; init; }
            }
            """), Verify.Diagnostic(Diagnostics.NotBuildable, 0, "Cell", "state"));

    [Fact]
    public Task Internal_and_init_only_members_of_the_same_assembly_are_fine() =>
        Verify.VerifyAsync(Models.With("[State] public struct Cell { public bool Lit { get; internal init; } internal bool Dim; }"));
}

/// <summary>MDP018: the generated code calls each model member by its name.</summary>
public class Mdp018CallableTests
{
    [Fact]
    public Task An_explicit_interface_implementation_is_reported_on_it() =>
        Verify.VerifyAsync(Models.With(
                reward: "[Reward] double IScore.{|#0:R|}(Cell s, Move a) => -1;",
                members: "public interface IScore { double R(Cell s, Move a); }")
            .Replace("public partial class Walk", "public partial class Walk : Walk.IScore"),
            Verify.Diagnostic(Diagnostics.NotCallable, 0, "[Reward]", "Walk.IScore.R", "Walk"));

    [Fact]
    public Task A_member_obsolete_as_an_error_is_reported_on_it() =>
        Verify.VerifyAsync(Models.With(reward: """[Obsolete("use R2", error: true)] [Reward] public static double {|#0:R|}(Cell s, Move a) => -1;"""),
            Verify.Diagnostic(Diagnostics.NotCallable, 0, "[Reward]", "R", "Walk"));

    [Fact]
    public Task A_member_obsolete_as_a_warning_can_still_be_called() =>
        Verify.VerifyAsync(Models.With(reward: """[Obsolete("use R2")] [Reward] public static double R(Cell s, Move a) => -1;"""));
}
