namespace MdpDsl.Runtime.Tests.Distributions;

/// <summary>
/// A store that holds up to three items: each day Poisson(1) customers ask for one item each (sales are lost when
/// the shelf is empty), and the order action restocks one item first. The transition is written with the toolkit.
/// </summary>
[Mdp(Discount = 0.9)]
public partial class Store
{
    private static readonly Distribution<int> Customers = Distribution.Poisson(1, max: 3);

    [State]
    public readonly record struct Shelf([Range(0, 3)] int Items);

    [Action]
    public enum Order { None, One }

    [Transition]
    public static Distribution<Shelf> Next(Shelf shelf, Order order)
    {
        var stocked = Math.Min(3, shelf.Items + (order == Order.One ? 1 : 0));
        return Customers.Select(n => new Shelf(Math.Max(0, stocked - n)));
    }

    [Reward]
    public static double Sales(Shelf shelf, Order order)
    {
        var stocked = Math.Min(3, shelf.Items + (order == Order.One ? 1 : 0));
        return Customers.E(n => Math.Min(n, stocked)) - (order == Order.One ? 0.5 : 0);
    }
}

public class DistributionTransitionTests
{
    [Fact]
    public void A_transition_written_with_the_toolkit_compiles_to_the_poisson_probabilities()
    {
        var model = Store.Compile();
        var p = new double[4];
        for (var k = 0; k < 3; k++)
            p[k] = Math.Exp(-1) / (k == 2 ? 2 : 1);
        p[3] = 1 - p[0] - p[1] - p[2];

        // From two items and an order: three on the shelf, and 3 − n left after n customers.
        var next = model.Transitions(new Store.Shelf(2), Store.Order.One).ToDictionary(t => t.State.Items, t => t.Probability);
        for (var left = 0; left <= 3; left++)
            Assert.Equal(p[3 - left], next[left], 1e-15);

        // From an empty shelf without an order nothing can be sold: the shelf stays empty.
        Assert.Equal([(new Store.Shelf(0), 1.0)], model.Transitions(new Store.Shelf(0), Store.Order.None));

        // Expected sales from three items: E[min(N, 3)] = p1 + 2 p2 + 3 P(N ≥ 3).
        Assert.Equal(p[1] + 2 * p[2] + 3 * p[3] - 0.5, model.Reward(new Store.Shelf(2), Store.Order.One), 1e-15);
    }
}
