using System;
using System.Linq;
using MdpDsl;

namespace Samples.JacksCarRental;

/// <summary>
/// Jack's car rental (Sutton &amp; Barto, Reinforcement Learning, 2nd ed., Example 4.2). Jack manages two locations
/// of at most 20 cars each. Each day customers ask for Poisson(3) cars at the first and Poisson(4) at the second;
/// every car rented earns $10, a request with no car left is lost. Returns, Poisson(3) and Poisson(2), can be rented
/// from the next day; a car that would make a location's 21st vanishes. Overnight Jack may move up to 5 cars between
/// the locations at $2 each. γ = 0.9; a state is the cars at each location at the end of a day.
/// </summary>
[Mdp(Discount = 0.9)]
public partial class JacksCarRental
{
    public const int MaxCars = 20;
    private const double RentalCredit = 10;
    private const double CostPerCarMoved = 2;

    [State]
    public readonly record struct Lots([Range(0, MaxCars)] int First, [Range(0, MaxCars)] int Second);

    /// <summary>Cars moved overnight from the first location to the second; a negative number moves them back.</summary>
    [Action]
    public readonly record struct Move([Range(-5, 5)] int Cars)
    {
        public override string ToString() => Cars.ToString("+0;-0;0", System.Globalization.CultureInfo.InvariantCulture);
    }

    // Counts of MaxCars or more all leave a location empty or full, so lumping the tail there loses nothing.
    private static readonly Distribution<int> FirstRequests = Distribution.Poisson(3, max: MaxCars);
    private static readonly Distribution<int> SecondRequests = Distribution.Poisson(4, max: MaxCars);

    // One day at a location depends only on the cars it opens with: the 21 outcomes are worked out once.
    private static readonly Distribution<int>[] FirstDay = Days(FirstRequests, Distribution.Poisson(3, max: MaxCars));
    private static readonly Distribution<int>[] SecondDay = Days(SecondRequests, Distribution.Poisson(2, max: MaxCars));

    [Allowed]
    public static bool CanMove(Lots lots, Move move) => move.Cars <= lots.First && -move.Cars <= lots.Second;

    [Reward]
    public static double Profit(Lots lots, Move move)
    {
        var (first, second) = Morning(lots, move);
        var rented = FirstRequests.E(n => Math.Min(n, first)) + SecondRequests.E(n => Math.Min(n, second));
        return RentalCredit * rented - CostPerCarMoved * Math.Abs(move.Cars);
    }

    [Transition]
    public static Distribution<Lots> NextEvening(Lots lots, Move move)
    {
        var (first, second) = Morning(lots, move);
        return from firstCars in FirstDay[first]
               from secondCars in SecondDay[second]
               select new Lots(firstCars, secondCars);
    }

    private static (int First, int Second) Morning(Lots lots, Move move) =>
        (Math.Min(lots.First - move.Cars, MaxCars), Math.Min(lots.Second + move.Cars, MaxCars));

    /// <summary>For each number of cars a location opens with, the cars it closes with: rentals out, returns in.</summary>
    private static Distribution<int>[] Days(Distribution<int> requests, Distribution<int> returns) =>
        Enumerable.Range(0, MaxCars + 1)
            .Select(cars => from requested in requests
                            from returned in returns
                            select Math.Min(cars - Math.Min(requested, cars) + returned, MaxCars))
            .ToArray();
}
