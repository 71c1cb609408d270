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
}
