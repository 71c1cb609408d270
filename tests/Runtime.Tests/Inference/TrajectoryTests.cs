using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>A trajectory is a value: equal when its states and actions are, printed as its path, checked when made.</summary>
public class TrajectoryTests
{
    private static Trajectory<int, Act> Of(int[] states, params Act[] actions) => new(states, actions);

    [Fact]
    public void It_prints_as_its_path_and_marks_an_exit_by_the_discount()
    {
        Assert.Equal("0 -A1-> 2 -A0-> 2", Of([0, 2, 2], Act.A1, Act.A0).ToString());
        Assert.Equal("0 -A1-> 2 -A0-> (left)", Of([0, 2], Act.A1, Act.A0).ToString());
        Assert.Equal("1", Of([1]).ToString());
    }

    [Fact]
    public void Trajectories_are_equal_when_their_states_and_actions_are()
    {
        var path = Of([0, 1, 1], Act.A0, Act.A1);
        var same = Of([0, 1, 1], Act.A0, Act.A1);

        Assert.True(path.Equals(same));
        Assert.True(path.Equals((object)same));
        Assert.Equal(path.GetHashCode(), same.GetHashCode());
        Assert.False(path.Equals(null));
        Assert.False(path.Equals("0 -A0-> 1 -A1-> 1"));

        // Another state with the same actions, or another action through the same states.
        var otherState = Of([0, 2, 1], Act.A0, Act.A1);
        var otherAction = Of([0, 1, 1], Act.A0, Act.A0);
        Assert.False(path.Equals(otherState));
        Assert.False(path.Equals(otherAction));
        Assert.NotEqual(path.GetHashCode(), otherState.GetHashCode());
        Assert.NotEqual(path.GetHashCode(), otherAction.GetHashCode());
    }

    [Fact]
    public void A_trajectory_without_a_state_or_with_counts_that_do_not_fit_is_refused()
    {
        Assert.Equal("states", Assert.Throws<ArgumentNullException>(() => new Trajectory<int, Act>(null!, [])).ParamName);
        Assert.Equal("actions", Assert.Throws<ArgumentNullException>(() => new Trajectory<int, Act>([0], null!)).ParamName);

        var empty = Assert.Throws<ArgumentException>(() => Of([]));
        Assert.Equal("states", empty.ParamName);
        Assert.StartsWith("A trajectory starts in a state: give at least one.", empty.Message);

        var counts = Assert.Throws<ArgumentException>(() => Of([0, 1, 2, 2], Act.A0));
        Assert.Equal("states", counts.ParamName);
        Assert.StartsWith(
            "A trajectory of 1 actions has 2 states (it ends in its last state) or 1 (it left by the discount after its last action), not 4.",
            counts.Message);
    }
}
