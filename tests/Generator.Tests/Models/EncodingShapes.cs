namespace MdpDsl.Generator.Tests.Models;

/// <summary>Models whose generated encoders and simulators the snapshot tests read: each kind of field, the [Encoding] choices, and a state space too large to index.</summary>
internal static class EncodingShapes
{
    /// <summary>
    /// Every kind of field under the default encodings: an enum and a bool (one-hot), a [Range] of 5 values (one-hot),
    /// one of 101 values (scaled) and a nested record, flattened.
    /// </summary>
    public const string EveryFieldKind = """
        using System.Collections.Generic;
        using MdpDsl;

        namespace Logistics;

        /// <summary>A delivery van that loads parcels at a depot and drives them out.</summary>
        [Mdp(Discount = 0.95)]
        public partial class Van
        {
            public enum Weather { Dry, Wet, Icy }

            [State] public readonly record struct Spot([Range(0, 2)] int Street, [Range(0, 1)] int Side);

            [State] public readonly record struct Trip(Spot At, Weather Sky, bool Loaded, [Range(0, 4)] int Parcels, [Range(0, 100)] int Fuel);

            [Action] public enum Order { Drive, Load, Refuel }

            [Initial] public static Trip Start => new(new Spot(0, 0), Weather.Dry, false, 0, 100);

            [Reward] public static double Pay(Trip trip, Order order) => order == Order.Drive && trip.Loaded ? trip.Parcels : -0.1;

            [Transition]
            public static Trip Go(Trip trip, Order order) => order switch
            {
                Order.Load => trip with { Loaded = true, Parcels = 4 },
                Order.Refuel => trip with { Fuel = 100 },
                _ => trip with { At = trip.At with { Street = (trip.At.Street + 1) % 3 }, Parcels = System.Math.Max(trip.Parcels - 1, 0), Fuel = System.Math.Max(trip.Fuel - 10, 0), Loaded = trip.Parcels > 1 },
            };
        }
        """;

    /// <summary>
    /// [Encoding] overriding each default: a narrow range scaled, a wide one one-hot, one encoded both ways, a
    /// single-value range scaled (nothing to divide by), and a struct action encoded field by field.
    /// </summary>
    public const string ChosenEncodings = """
        using MdpDsl;

        namespace Farming;

        /// <summary>A greenhouse whose heater and vents keep the temperature near a target.</summary>
        [Mdp(Discount = 0.9)]
        public partial class Greenhouse
        {
            [State]
            public readonly record struct Climate(
                [Encoding(FeatureEncoding.Scaled)] [Range(0, 3)] int Humidity,
                [Encoding(FeatureEncoding.OneHot)] [Range(10, 30)] int Temperature,
                [Encoding(FeatureEncoding.OneHot | FeatureEncoding.Scaled)] [Range(-2, 2)] int Trend,
                [Encoding(FeatureEncoding.Scaled)] [Range(7, 7)] int Season);

            [Action] public readonly record struct Controls([Range(0, 2)] int Heater, bool Vent);

            [Reward] public static double Comfort(Climate climate, Controls controls) => -System.Math.Abs(climate.Temperature - 20) - controls.Heater;

            [Transition]
            public static Climate Step(Climate climate, Controls controls) =>
                climate with { Temperature = System.Math.Clamp(climate.Temperature + controls.Heater - (controls.Vent ? 1 : 0), 10, 30) };
        }
        """;

    /// <summary>
    /// Ten fields of 64 values, 64^10 ≈ 1.2e18 states: only a reachable model may declare it, and its encoder and
    /// range check read the fields without an index.
    /// </summary>
    public const string BeyondAnyIndex = """
        using MdpDsl;

        namespace Robotics;

        /// <summary>Ten robots on a line of 64 cells, one of which moves a step right each turn.</summary>
        [Mdp(Discount = 0.99, States = StateSpace.Reachable)]
        public partial class Swarm
        {
            [State]
            public readonly record struct Positions(
                [Range(0, 63)] int R0, [Range(0, 63)] int R1, [Range(0, 63)] int R2, [Range(0, 63)] int R3, [Range(0, 63)] int R4,
                [Range(0, 63)] int R5, [Range(0, 63)] int R6, [Range(0, 63)] int R7, [Range(0, 63)] int R8, [Range(0, 63)] int R9);

            [Action] public enum Robot { R0, R1, R2, R3, R4, R5, R6, R7, R8, R9 }

            [Initial] public static Positions Start => default;

            [Reward] public static double Progress(Positions positions, Robot robot) => -1;

            [Transition]
            public static Positions Move(Positions p, Robot robot) => robot switch
            {
                Robot.R0 => p with { R0 = (p.R0 + 1) % 64 },
                Robot.R1 => p with { R1 = (p.R1 + 1) % 64 },
                Robot.R2 => p with { R2 = (p.R2 + 1) % 64 },
                Robot.R3 => p with { R3 = (p.R3 + 1) % 64 },
                Robot.R4 => p with { R4 = (p.R4 + 1) % 64 },
                Robot.R5 => p with { R5 = (p.R5 + 1) % 64 },
                Robot.R6 => p with { R6 = (p.R6 + 1) % 64 },
                Robot.R7 => p with { R7 = (p.R7 + 1) % 64 },
                Robot.R8 => p with { R8 = (p.R8 + 1) % 64 },
                _ => p with { R9 = (p.R9 + 1) % 64 },
            };
        }
        """;
}
