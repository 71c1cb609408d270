namespace MdpDsl.Generator.Tests.Models;

/// <summary>
/// Small models whose action type is not an enum: the generator indexes a struct or record of finite fields as an
/// action the same mixed-radix way it indexes such a state.
/// </summary>
internal static class ActionShapes
{
    /// <summary>A record-struct action of a ranged integer and a bool, masked per state: 3 × 2 = 6 actions.</summary>
    public const string RecordStructAction = """
        using System;
        using System.Collections.Generic;
        using MdpDsl;

        namespace Water;

        /// <summary>A reservoir whose keeper opens up to two gates a day and may pump river water in, against a random inflow.</summary>
        [Mdp(Discount = 0.9)]
        public partial class Reservoir
        {
            [State] public readonly record struct Level([Range(0, 4)] int Units);

            [Action] public readonly record struct Release([Range(0, 2)] int Gates, bool Pump);

            [Allowed] public static bool CanRelease(Level level, Release release) => release.Gates <= level.Units;

            [Reward]
            public static double Value(Level level, Release release) =>
                release.Gates - (release.Pump ? 0.5 : 0) - (level.Units == 4 ? 2 : 0);

            [Transition]
            public static IEnumerable<(Level, double)> NextDay(Level level, Release release)
            {
                var kept = level.Units - release.Gates + (release.Pump ? 1 : 0);
                yield return (new Level(Math.Clamp(kept, 0, 4)), 0.5);
                yield return (new Level(Math.Clamp(kept + 1, 0, 4)), 0.5);
            }
        }
        """;
}
