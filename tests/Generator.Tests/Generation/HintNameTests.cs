using MdpDsl.Generator.Tests.Driving;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>
/// Hint names come from the models' names and must be valid and distinct for every name C# allows: a hint name
/// with <c>@</c> or two that differ only in case make the compiler throw away all generated code (CS8785).
/// </summary>
public sealed class HintNameTests
{
    private static string Model(string namespaceLine, string name) => $$"""
        using MdpDsl;

        {{namespaceLine}}

        [Mdp(Discount = 0.5)]
        public partial class {{name}}
        {
            [State] public enum Light { Red, Green }

            [Action] public enum Move { Stay }

            [Reward] public static double Cost(Light s, Move a) => -1;

            [Transition] public static Light Step(Light s, Move a) => s;
        }
        """;

    [Fact]
    public void Verbatim_keywords_leave_no_at_sign_in_the_hint_name()
    {
        var run = GeneratorHarness.Run(Model("namespace Game.@event;", "@class")).AssertClean();

        Assert.Equal("Game.event.class.g.cs", Assert.Single(run.Sources).HintName);
    }

    [Fact]
    public void Names_beyond_ascii_are_kept()
    {
        var run = GeneratorHarness.Run(Model("namespace Spiele;", "Würfel")).AssertClean();

        Assert.Equal("Spiele.Würfel.g.cs", Assert.Single(run.Sources).HintName);
    }

    [Fact]
    public void Models_whose_names_differ_only_in_case_get_distinct_files()
    {
        var run = GeneratorHarness.Run(Model("namespace Game;", "Dice"), Model("namespace Game;", "DICE"), Model("namespace game;", "Dice")).AssertClean();
        var other = GeneratorHarness.Run(Model("namespace Game;", "Dice"), Model("namespace Other;", "DICE")).AssertClean();

        Assert.Equal(new[] { "Game.Dice.g.cs", "Other.DICE.g.cs" }, other.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));

        // Numbered in ordinal order within the clashing group: 'I' sorts before 'i', 'G' before 'g'.
        Assert.Equal(
            new[] { "Game.DICE.1.g.cs", "Game.Dice.2.g.cs", "game.Dice.3.g.cs" },
            run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }
}
