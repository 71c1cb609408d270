using System;
using MdpDsl;

namespace Samples.Inventory;

/// <summary>
/// A shop that stocks up to eight products on shelves of a given capacity. Each step one customer may come, asking
/// for one product chosen uniformly (with probability <see cref="Footfall"/> someone comes at all): a product in stock
/// sells for <see cref="Price"/>, one out of stock is a lost sale. Before the customer, the shopkeeper may refill one
/// product's shelf to capacity, paying <see cref="DeliveryFee"/> per delivery and <see cref="UnitCost"/> per unit, and
/// every unit on a shelf costs <see cref="HoldingCost"/> a step.
/// <para>
/// The size parameters are the number of products and the shelf capacity: <c>new Inventory(2, 7)</c> has
/// 8² = 64 states and compiles in a blink; <c>new Inventory(8, 20)</c> has 21⁸ ≈ 3.8 × 10¹⁰, far beyond any table,
/// and is learned from the simulator that calls <see cref="Next"/> directly.
/// </para>
/// </summary>
[Mdp(Discount = 0.99, States = StateSpace.Reachable, MaxStates = 1_000_000)]
public partial class Inventory
{
    public const int MaxProducts = 8;
    public const int MaxCapacity = 15;
    public const double Footfall = 0.9;
    public const double Price = 2.0;
    public const double DeliveryFee = 0.5;
    public const double UnitCost = 0.2;
    public const double HoldingCost = 0.005;

    /// <summary>A shop of <paramref name="products"/> products, each on a shelf of <paramref name="capacity"/> units.</summary>
    public Inventory(int products, int capacity)
    {
        if (products is < 1 or > MaxProducts)
            throw new ArgumentOutOfRangeException(nameof(products), products, $"A shop sells 1 to {MaxProducts} products.");
        if (capacity is < 1 or > MaxCapacity)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"A shelf holds 1 to {MaxCapacity} units.");
        Products = products;
        Capacity = capacity;
    }

    public int Products { get; }

    public int Capacity { get; }

    /// <summary>The states of this shop: (capacity + 1) to the power of the products.</summary>
    public double StateSpaceSize => Math.Pow(Capacity + 1, Products);

    /// <summary>The units on each shelf; products beyond <see cref="Products"/> stay at 0.</summary>
    [State]
    public readonly record struct Shelves(
        [Range(0, MaxCapacity)] int A, [Range(0, MaxCapacity)] int B, [Range(0, MaxCapacity)] int C, [Range(0, MaxCapacity)] int D,
        [Range(0, MaxCapacity)] int E, [Range(0, MaxCapacity)] int F, [Range(0, MaxCapacity)] int G, [Range(0, MaxCapacity)] int H)
    {
        public int this[int product] => product switch
        {
            0 => A, 1 => B, 2 => C, 3 => D, 4 => E, 5 => F, 6 => G, 7 => H,
            _ => throw new ArgumentOutOfRangeException(nameof(product)),
        };

        public static Shelves Empty => default;

        public Shelves With(int product, int units) => product switch
        {
            0 => this with { A = units }, 1 => this with { B = units }, 2 => this with { C = units }, 3 => this with { D = units },
            4 => this with { E = units }, 5 => this with { F = units }, 6 => this with { G = units }, 7 => this with { H = units },
            _ => throw new ArgumentOutOfRangeException(nameof(product)),
        };
    }

    /// <summary>The product whose shelf is refilled before the customer comes, or <see cref="Nothing"/>.</summary>
    [Action]
    public readonly record struct Refill([Range(-1, MaxProducts - 1)] int Product)
    {
        public static Refill Nothing => new(-1);

        public override string ToString() => Product < 0 ? "nothing" : ((char)('A' + Product)).ToString();
    }

    /// <summary>Every shelf full.</summary>
    [Initial]
    public Shelves Opening()
    {
        var shelves = default(Shelves);
        for (var p = 0; p < Products; p++)
            shelves = shelves.With(p, Capacity);
        return shelves;
    }

    [Allowed]
    public bool Sells(Shelves shelves, Refill refill) => refill.Product < Products;

    /// <summary>The expected profit of a step: sales, less deliveries and holding.</summary>
    [Reward]
    public double Profit(Shelves shelves, Refill refill)
    {
        var stocked = Restocked(shelves, refill);
        var profit = -HoldingCost * Units(shelves);
        if (refill.Product >= 0)
            profit -= DeliveryFee + UnitCost * (Capacity - shelves[refill.Product]);
        for (var p = 0; p < Products; p++)
            profit += stocked[p] > 0 ? Footfall / Products * Price : 0;
        return profit;
    }

    /// <summary>The shelves after the refill and the customer; it adds its outcomes to a buffer, so a step allocates nothing.</summary>
    [Transition]
    public void Next(Shelves shelves, Refill refill, Successors<Shelves> next)
    {
        var stocked = Restocked(shelves, refill);
        next.Add(stocked, 1 - Footfall);
        for (var p = 0; p < Products; p++)
            next.Add(stocked.With(p, Math.Max(stocked[p] - 1, 0)), Footfall / Products);
    }

    /// <summary>A simple baseline policy: refill the first empty shelf, if any.</summary>
    public Refill RefillWhenEmpty(Shelves shelves)
    {
        for (var p = 0; p < Products; p++)
        {
            if (shelves[p] == 0)
                return new Refill(p);
        }
        return Refill.Nothing;
    }

    private Shelves Restocked(Shelves shelves, Refill refill) =>
        refill.Product < 0 ? shelves : shelves.With(refill.Product, Capacity);

    private int Units(Shelves shelves)
    {
        var units = 0;
        for (var p = 0; p < Products; p++)
            units += shelves[p];
        return units;
    }
}
