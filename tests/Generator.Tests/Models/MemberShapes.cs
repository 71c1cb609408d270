namespace MdpDsl.Generator.Tests.Models;

/// <summary>
/// Small, realistic models that differ in their members: transition, reward and initial shapes, a horizon,
/// instance parameters and an action mask. Each compiles and builds a valid tabular model.
/// </summary>
internal static class MemberShapes
{
    /// <summary>A deterministic transition <c>S Step(S, A)</c>: one successor, no probabilities.</summary>
    public const string DeterministicTransition = """
        using System;
        using MdpDsl;

        namespace Corridors;

        /// <summary>A corridor of ten cells with the exit at the far end; every step costs 1.</summary>
        [Mdp]
        public partial class Corridor
        {
            [State] public readonly record struct Position([Range(0, 9)] int Cell);

            [Action] public enum Walk { Back, Ahead }

            [Initial] public static Position Entrance() => new(0);

            [Terminal] public static bool IsExit(Position p) => p.Cell == 9;

            [Reward] public static double Cost(Position p, Walk w) => -1;

            [Transition]
            public static Position Step(Position p, Walk w) =>
                w == Walk.Ahead ? new(p.Cell + 1) : new(Math.Max(0, p.Cell - 1));
        }
        """;

    /// <summary>A finite horizon of five decisions, with a start distribution read from a property.</summary>
    public const string FiniteHorizon = """
        using System.Collections.Generic;
        using MdpDsl;

        namespace Retail;

        /// <summary>A shop that restocks each morning of a five-day week; unsold units are worth nothing on Saturday.</summary>
        [Mdp(Horizon = 5)]
        public partial class Inventory
        {
            [State] public readonly record struct Stock([Range(0, 3)] int Units);

            [Action] public enum Order { None, One, Two }

            [Initial] public static IEnumerable<(Stock, double)> Monday => new[] { (new Stock(0), 0.5), (new Stock(1), 0.5) };

            [Reward]
            public static double Profit(Stock stock, Order order, Stock next) => 3.0 * (OnShelf(stock, order) - next.Units) - (int)order;

            [Transition]
            public static IEnumerable<(Stock, double)> Sell(Stock stock, Order order)
            {
                var onShelf = OnShelf(stock, order);
                yield return (new Stock(onShelf), 0.3);
                yield return (new Stock(System.Math.Max(onShelf - 1, 0)), 0.7);
            }

            private static int OnShelf(Stock stock, Order order) => System.Math.Min(stock.Units + (int)order, 3);
        }
        """;

    /// <summary>Instance reward, transition and terminal test: parameters make <c>Compile()</c> an instance method.</summary>
    public const string InstanceParameters = """
        using System.Collections.Generic;
        using MdpDsl;

        namespace Maintenance;

        /// <summary>When to replace a machine that wears out, with the wear rate and costs as model parameters.</summary>
        [Mdp(Discount = 0.95)]
        public partial class Machine
        {
            public double WearRate { get; init; } = 0.3;

            public double ReplacementCost { get; init; } = 5;

            public bool StopWhenBroken { get; init; }

            [State] public enum Condition { New, Worn, Broken }

            [Action] public enum Decision { Keep, Replace }

            [Reward]
            public double Earn(Condition condition, Decision decision) =>
                decision == Decision.Replace ? -ReplacementCost : condition == Condition.Broken ? -2 : 1;

            [Terminal] public bool IsScrapped(Condition condition) => StopWhenBroken && condition == Condition.Broken;

            [Transition]
            public IEnumerable<(Condition, double)> Age(Condition condition, Decision decision)
            {
                var now = decision == Decision.Replace ? Condition.New : condition;
                if (now == Condition.Broken)
                {
                    yield return (Condition.Broken, 1);
                    yield break;
                }
                yield return (now, 1 - WearRate);
                yield return (now + 1, WearRate);
            }
        }
        """;

    /// <summary>
    /// <see cref="InstanceParameters"/> with its transition declared in the third shape: an instance method that adds
    /// its successors to the compiler's buffer.
    /// </summary>
    public const string SuccessorSink = """
        using MdpDsl;

        namespace Maintenance;

        /// <summary>When to replace a machine that wears out, with the wear rate and costs as model parameters.</summary>
        [Mdp(Discount = 0.95)]
        public partial class Machine
        {
            public double WearRate { get; init; } = 0.3;

            public double ReplacementCost { get; init; } = 5;

            public bool StopWhenBroken { get; init; }

            [State] public enum Condition { New, Worn, Broken }

            [Action] public enum Decision { Keep, Replace }

            [Reward]
            public double Earn(Condition condition, Decision decision) =>
                decision == Decision.Replace ? -ReplacementCost : condition == Condition.Broken ? -2 : 1;

            [Terminal] public bool IsScrapped(Condition condition) => StopWhenBroken && condition == Condition.Broken;

            [Transition]
            public void Age(Condition condition, Decision decision, Successors<Condition> next)
            {
                var now = decision == Decision.Replace ? Condition.New : condition;
                if (now == Condition.Broken)
                {
                    next.Add(Condition.Broken, 1);
                    return;
                }
                next.Add(now, 1 - WearRate);
                next.Add(now + 1, WearRate);
            }
        }
        """;

    /// <summary>A start distribution returned by a parameterless method.</summary>
    public const string InitialDistribution = """
        using System.Collections.Generic;
        using MdpDsl;

        namespace Board;

        /// <summary>A race along six squares, starting on a square drawn at random.</summary>
        [Mdp(Discount = 0.9)]
        public partial class Race
        {
            [State] public readonly record struct Square([Range(0, 5)] int Number);

            [Action] public enum Roll { Safe, Risky }

            [Initial]
            public static IEnumerable<(Square, double)> Draw()
            {
                yield return (new Square(0), 0.5);
                yield return (new Square(1), 0.25);
                yield return (new Square(2), 0.25);
            }

            [Terminal] public static bool Finished(Square square) => square.Number == 5;

            [Reward] public static double Cost(Square square, Roll roll) => -1;

            [Transition]
            public static IEnumerable<(Square, double)> Move(Square square, Roll roll) => roll == Roll.Safe
                ? new[] { (new Square(square.Number + 1), 1.0) }
                : new[] { (new Square(System.Math.Min(square.Number + 2, 5)), 0.5), (square, 0.5) };
        }
        """;

    /// <summary>An [Allowed] mask: the lift cannot go above the top floor or below the ground.</summary>
    public const string AllowedActions = """
        using MdpDsl;

        namespace Building;

        /// <summary>A lift that must reach the top floor, never moving past the ends of its shaft.</summary>
        [Mdp(Discount = 0.9)]
        public partial class Lift
        {
            [State] public enum Floor { Ground, First, Second }

            [Action] public enum Ride { Up, Down, Stay }

            [Allowed]
            public static bool CanRide(Floor floor, Ride ride) =>
                !(floor == Floor.Second && ride == Ride.Up) && !(floor == Floor.Ground && ride == Ride.Down);

            [Reward] public static double Cost(Floor floor, Ride ride) => floor == Floor.Second ? 0 : -1;

            [Transition]
            public static Floor Move(Floor floor, Ride ride) => ride switch
            {
                Ride.Up => floor + 1,
                Ride.Down => floor - 1,
                _ => floor,
            };
        }
        """;

    public const string Features = """
        using MdpDsl;

        namespace Hiking;

        /// <summary>A trail whose reward is to be learned from hikers: features of the state and of the step taken.</summary>
        [Mdp(Horizon = 6)]
        public partial class Trail
        {
            public double Steepness { get; init; } = 0.5;

            [State] public readonly record struct Spot([Range(0, 4)] int Mile);

            [Action] public enum Pace { Rest, Walk }

            [Reward] public static double Effort(Spot s, Pace a) => a == Pace.Walk ? -1 : 0;

            [Transition] public static Spot Go(Spot s, Pace a) => a == Pace.Walk && s.Mile < 4 ? new(s.Mile + 1) : s;

            [Feature] public static double Progress(Spot s) => s.Mile;

            [Feature] public double Climb(Spot s, Pace a) => a == Pace.Walk ? Steepness * s.Mile : 0;
        }
        """;

    /// <summary>One model with the reward member left open, to be filled with each of the three signatures.</summary>
    public static string WithReward(string rewardMember) => $$"""
        using MdpDsl;

        namespace Dungeon;

        /// <summary>A treasure hunt: the vault holds gold, the exit ends the hunt.</summary>
        [Mdp(Discount = 0.9)]
        public partial class Treasure
        {
            [State] public enum Room { Hall, Vault, Exit }

            [Action] public enum Door { Left, Right }

            [Terminal] public static bool HasLeft(Room room) => room == Room.Exit;

            {{rewardMember}}

            [Transition]
            public static Room Walk(Room room, Door door) => (room, door) switch
            {
                (Room.Hall, Door.Left) => Room.Vault,
                (Room.Hall, Door.Right) => Room.Exit,
                (Room.Vault, _) => Room.Hall,
                _ => room,
            };
        }
        """;

    public static readonly string RewardOfState = WithReward(
        "[Reward] public static double Gold(Room room) => room == Room.Vault ? 5 : -1;");

    public static readonly string RewardOfStateAndAction = WithReward(
        "[Reward] public static double Gold(Room room, Door door) => room == Room.Vault && door == Door.Left ? 5 : -1;");

    public static readonly string RewardOfTransition = WithReward(
        "[Reward] public static double Gold(Room room, Door door, Room next) => next == Room.Vault ? 5 : -1;");
}
