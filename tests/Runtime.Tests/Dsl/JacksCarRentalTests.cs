using Samples.JacksCarRental;

namespace MdpDsl.Runtime.Tests.Dsl;

/// <summary>
/// The JacksCarRental sample's model (Sutton &amp; Barto, Example 4.2) against Figure 4.2: V*(10, 10) = 574.95, a value
/// an independent array implementation of policy iteration also reaches, and the final policy π4 at a few cells.
/// </summary>
public class JacksCarRentalTests
{
    private static readonly Lazy<JacksCarRental.Model> Model = new(JacksCarRental.Compile);

    private static readonly Lazy<Solution<JacksCarRental.Lots, JacksCarRental.Move>> PolicyIteration = new(() => Model.Value.PolicyIteration());

    [Fact]
    public void Policy_iteration_reaches_the_value_of_figure_4_2()
    {
        var solution = PolicyIteration.Value;

        Assert.True(solution.Converged);
        Assert.Equal(574.95, solution.V[new JacksCarRental.Lots(10, 10)], 0.01);
    }

    [Fact]
    public void The_optimal_policy_moves_cars_as_figure_4_2_shows()
    {
        var policy = PolicyIteration.Value.Policy;

        // π4: a full first location and an empty second send the most cars allowed; balanced lots move none.
        Assert.Equal(new JacksCarRental.Move(5), policy.Act(new JacksCarRental.Lots(20, 0)));
        Assert.Equal(new JacksCarRental.Move(0), policy.Act(new JacksCarRental.Lots(10, 10)));
        Assert.Equal(new JacksCarRental.Move(0), policy.Act(new JacksCarRental.Lots(0, 0)));
    }

    [Fact]
    public void Value_iteration_agrees_with_policy_iteration()
    {
        var exact = PolicyIteration.Value;
        var iterated = Model.Value.ValueIteration(tolerance: 1e-6);

        Assert.All(JacksCarRental.States, lots => Assert.Equal(exact.V[lots], iterated.V[lots], 1e-5));
    }

    [Fact]
    public void A_move_needs_the_cars_at_the_location_it_takes_them_from()
    {
        var policy = PolicyIteration.Value.Policy;

        Assert.Equal(0, policy.Probability(new JacksCarRental.Lots(3, 20), new JacksCarRental.Move(4)));
        Assert.Equal(0, policy.Probability(new JacksCarRental.Lots(20, 2), new JacksCarRental.Move(-3)));
        Assert.Equal(11, JacksCarRental.ActionCount);
        Assert.Equal(new JacksCarRental.Move(-5), JacksCarRental.ActionAt(0));
    }
}
