namespace MdpDsl.Generator.Tests.Models;

/// <summary>Models declared outside the usual place: with no namespace, and inside other partial types.</summary>
internal static class PlacementShapes
{
    /// <summary>A model in the global namespace: the generated file has no namespace either.</summary>
    public const string GlobalNamespace = """
        using MdpDsl;

        /// <summary>Flip a coin until it shows heads; each flip costs 1.</summary>
        [Mdp]
        public partial class CoinFlips
        {
            [State] public enum Face { Tails, Heads }

            [Action] public enum Flip { Toss }

            [Initial] public static Face Start => Face.Tails;

            [Terminal] public static bool IsHeads(Face face) => face == Face.Heads;

            [Reward] public static double Cost(Face face) => -1;

            [Transition]
            public static System.Collections.Generic.IEnumerable<(Face, double)> Toss(Face face, Flip flip) =>
                new[] { (Face.Tails, 0.5), (Face.Heads, 0.5) };
        }
        """;

    /// <summary>A model nested two levels deep, in a static class and a record: both must be repeated as partial.</summary>
    public const string NestedInContainingTypes = """
        using MdpDsl;

        namespace Arcade;

        public static partial class Games
        {
            public partial record Cabinet(string Name)
            {
                /// <summary>Push your luck: roll on, or bank the points and stop.</summary>
                [Mdp(Discount = 0.99)]
                public partial class PushYourLuck
                {
                    [State] public readonly record struct Score([Range(0, 6)] int Points, bool Banked);

                    [Action] public enum Choice { Roll, Bank }

                    [Initial] public static Score Start => new(0, false);

                    [Terminal] public static bool IsOver(Score score) => score.Banked;

                    [Reward] public static double Gain(Score score, Choice choice) => choice == Choice.Bank ? score.Points : 0;

                    [Transition]
                    public static System.Collections.Generic.IEnumerable<(Score, double)> Play(Score score, Choice choice) =>
                        choice == Choice.Bank
                            ? new[] { (score with { Banked = true }, 1.0) }
                            : new[] { (score with { Points = System.Math.Min(score.Points + 2, 6) }, 0.5), (new Score(0, false), 0.5) };
                }
            }
        }
        """;

    /// <summary>
    /// A class named Model in a namespace that is a keyword, with private state and action types and keywords for
    /// names: the typed model becomes CompiledModel, the members that expose the types are private, names get '@'.
    /// </summary>
    public const string PrivateTypesAndKeywords = """
        using MdpDsl;

        namespace Game.@event;

        [Mdp(Discount = 0.9)]
        public partial class Model
        {
            [State] record struct Cell([Range(-1, 1)] int @in, bool @fixed);

            [Action] enum Move { @default, @double }

            [Reward] static double @return(Cell s, Move a) => -1;

            [Transition] static Cell @do(Cell s, Move a) => s;
        }
        """;
}
