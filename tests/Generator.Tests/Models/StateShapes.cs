namespace MdpDsl.Generator.Tests.Models;

/// <summary>
/// Small, realistic models that differ in their state type: each exercises one way the generator indexes states.
/// Every model compiles and builds a valid tabular model, so the same sources serve the snapshot tests and the
/// tests that run the generated code.
/// </summary>
internal static class StateShapes
{
    /// <summary>An enum state: indexing is a switch over its members.</summary>
    public const string EnumState = """
        using System.Collections.Generic;
        using MdpDsl;

        namespace Weather;

        /// <summary>Whether to carry an umbrella, when tomorrow's sky depends only on today's.</summary>
        [Mdp(Discount = 0.9)]
        public partial class Umbrella
        {
            [State] public enum Sky { Sunny, Cloudy, Rainy }

            [Action] public enum Carry { Umbrella, Nothing }

            [Reward]
            public static double Comfort(Sky sky, Carry carry) => (sky, carry) switch
            {
                (Sky.Rainy, Carry.Nothing) => -10,
                (_, Carry.Umbrella) => -1,
                _ => 0,
            };

            [Transition]
            public static IEnumerable<(Sky, double)> Tomorrow(Sky sky, Carry carry) => sky switch
            {
                Sky.Sunny => new[] { (Sky.Sunny, 0.7), (Sky.Cloudy, 0.3) },
                Sky.Cloudy => new[] { (Sky.Sunny, 0.3), (Sky.Cloudy, 0.4), (Sky.Rainy, 0.3) },
                _ => new[] { (Sky.Cloudy, 0.5), (Sky.Rainy, 0.5) },
            };
        }
        """;

    /// <summary>A state with a nested [State] record, an enum field and a bool field: 12 × 4 × 2 = 96 states.</summary>
    public const string NestedState = """
        using MdpDsl;

        namespace Warehouse;

        /// <summary>A robot that fetches a parcel from a shelf and drops it at the dock.</summary>
        [Mdp(Discount = 0.95)]
        public partial class PickAndPlace
        {
            [State] public readonly record struct Position([Range(0, 3)] int X, [Range(0, 2)] int Y);

            public enum Heading { North, East, South, West }

            [State] public readonly record struct Robot(Position At, Heading Facing, bool Carrying);

            [Action] public enum Command { Forward, TurnLeft, TurnRight, Pick, Drop }

            public static Position Shelf => new(0, 2);

            public static Position Dock => new(3, 0);

            [Initial] public static Robot Start => new(Dock, Heading.North, false);

            [Reward]
            public static double Pay(Robot robot, Command command) =>
                command == Command.Drop && robot.Carrying && robot.At == Dock ? 10 : -1;

            [Transition]
            public static Robot Act(Robot robot, Command command) => command switch
            {
                Command.Forward => robot with { At = Ahead(robot.At, robot.Facing) },
                Command.TurnLeft => robot with { Facing = (Heading)(((int)robot.Facing + 3) % 4) },
                Command.TurnRight => robot with { Facing = (Heading)(((int)robot.Facing + 1) % 4) },
                Command.Pick => robot with { Carrying = robot.Carrying || robot.At == Shelf },
                _ => robot with { Carrying = robot.Carrying && robot.At != Dock },
            };

            private static Position Ahead(Position at, Heading facing)
            {
                var (x, y) = facing switch
                {
                    Heading.North => (at.X, at.Y + 1),
                    Heading.East => (at.X + 1, at.Y),
                    Heading.South => (at.X, at.Y - 1),
                    _ => (at.X - 1, at.Y),
                };
                return x is >= 0 and <= 3 && y is >= 0 and <= 2 ? new Position(x, y) : at;
            }
        }
        """;

    /// <summary>
    /// Integer fields whose ranges start below and above zero, and long and byte fields:
    /// 7 × 3 × 5 × 3 = 315 states.
    /// </summary>
    public const string IntegerRanges = """
        using System;
        using MdpDsl;

        namespace Climate;

        /// <summary>A thermostat that steers the room temperature back to its set point.</summary>
        [Mdp(Discount = 0.9)]
        public partial class Thermostat
        {
            [State]
            public readonly record struct Reading(
                [Range(-3, 3)] int Error,
                [Range(1, 3)] int Gear,
                [Range(-2, 2)] long Drift,
                [Range(0, 2)] byte Fan);

            [Action] public enum Setting { Heat, Cool, Idle }

            [Reward] public static double Discomfort(Reading r, Setting a) => -Math.Abs(r.Error) - 0.1 * r.Fan;

            [Transition]
            public static Reading Next(Reading r, Setting a) => r with
            {
                Error = Math.Clamp(r.Error + a switch { Setting.Heat => 1, Setting.Cool => -1, _ => 0 }, -3, 3),
                Fan = (byte)(a == Setting.Idle ? 0 : Math.Min(r.Fan + 1, 2)),
            };
        }
        """;

    /// <summary>A non-positional struct with settable fields and a property, built by an object initializer: 2 × 3 × 2 = 12 states.</summary>
    public const string SettableStruct = """
        using MdpDsl;

        namespace Lighting;

        /// <summary>A dimmable lamp with two colour temperatures.</summary>
        [Mdp(Discount = 0.8)]
        public partial class Dimmer
        {
            public enum Tint { Warm, Cold }

            [State]
            public struct Lamp
            {
                public bool On;

                [Range(1, 3)] public int Level;

                public Tint Tint { get; set; }
            }

            [Action] public enum Button { Toggle, Brighten, Dim, Swap }

            [Reward] public static double Comfort(Lamp lamp) => lamp.On && lamp.Tint == Tint.Warm ? lamp.Level : 0;

            [Transition]
            public static Lamp Press(Lamp lamp, Button button)
            {
                switch (button)
                {
                    case Button.Toggle: lamp.On = !lamp.On; break;
                    case Button.Brighten: lamp.Level = lamp.Level < 3 ? lamp.Level + 1 : 3; break;
                    case Button.Dim: lamp.Level = lamp.Level > 1 ? lamp.Level - 1 : 1; break;
                    default: lamp.Tint = lamp.Tint == Tint.Warm ? Tint.Cold : Tint.Warm; break;
                }
                return lamp;
            }
        }
        """;

    /// <summary>An unbounded int state, found by searching from [Initial]: the purse can hold any number of coins.</summary>
    public const string ReachableStates = """
        using System.Collections.Generic;
        using MdpDsl;

        namespace Casino;

        /// <summary>A gambler who stakes one or two coins per round and stops when broke or rich.</summary>
        [Mdp(States = StateSpace.Reachable)]
        public partial class Gambler
        {
            public const int Target = 8;

            [State] public readonly record struct Purse(int Coins);

            [Action] public enum Bet { One, Two }

            [Initial] public static Purse Start => new(4);

            [Terminal] public static bool IsOver(Purse purse) => purse.Coins <= 0 || purse.Coins >= Target;

            [Reward] public static double Win(Purse purse, Bet bet, Purse next) => next.Coins >= Target ? 1 : 0;

            [Transition]
            public static IEnumerable<(Purse, double)> Play(Purse purse, Bet bet)
            {
                var stake = bet == Bet.One ? 1 : 2;
                yield return (new Purse(purse.Coins + stake), 0.4);
                yield return (new Purse(purse.Coins - stake), 0.6);
            }
        }
        """;
}
