namespace MdpDsl.Runtime.Tests.Features;

/// <summary>
/// A warehouse whose state has every kind of field the encoder knows: a nested record of two small ranges, an enum,
/// a bool, a range of 16 values (one-hot by default, the widest so), one of 21 values (scaled by default), one of 17
/// long values (the narrowest scaled by default), one chosen to be both one-hot and scaled, and a single-value range
/// chosen scaled. Its action is a record, encoded field by field.
/// </summary>
[Mdp(Discount = 0.9)]
public partial class Warehouse
{
    public enum Weather { Dry, Wet, Icy }

    [State] public readonly record struct Bay([Range(0, 2)] int Row, [Range(-1, 1)] int Shelf);

    [State]
    public readonly record struct Depot(
        Bay At,
        Weather Sky,
        bool Open,
        [Range(0, 15)] int Stock,
        [Range(-10, 10)] int Temperature,
        [Range(0, 16)] long Crates,
        [Encoding(FeatureEncoding.OneHot | FeatureEncoding.Scaled)] [Range(1, 4)] int Shift,
        [Encoding(FeatureEncoding.Scaled)] [Range(3, 3)] int Dock);

    [Action] public readonly record struct Order([Range(0, 2)] int Trucks, bool Rush);

    [Reward] public static double Cost(Depot depot, Order order) => -order.Trucks;

    [Transition] public static Depot Ship(Depot depot, Order order) => depot with { Stock = Math.Max(depot.Stock - order.Trucks, 0) };
}
