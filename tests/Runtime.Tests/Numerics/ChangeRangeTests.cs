using CsCheck;
using MdpDsl.Numerics;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Numerics;

/// <summary>The vectorized range of a sweep's changes against a plain loop over the same arrays.</summary>
public class ChangeRangeTests
{
    [Fact]
    public void The_range_is_that_of_a_plain_loop_at_every_length() =>
        Property.ForAll(
            Gen.Int[1, 70].SelectMany(n => Gen.Double[-1e6, 1e6].Array[n].SelectMany(values => Gen.Double[-1e6, 1e6].Array[n].Select(next => (values, next)))),
            pair =>
            {
                var (values, next) = pair;
                var changes = values.Zip(next, (v, w) => w - v).ToArray();
                var range = ChangeRange.Of(values, next);
                // Whichever element holds the extreme, in a vector lane or in the tail, it is found exactly.
                Assert.Equal(changes.Min(), range.Lowest);
                Assert.Equal(changes.Max(), range.Highest);
                Assert.Equal(Math.Max(Math.Abs(changes.Min()), Math.Abs(changes.Max())), range.Largest);
            }, cases: 200);

    [Fact]
    public void Half_the_spread_and_the_middle_stay_finite_for_changes_near_the_largest_double()
    {
        var range = new ChangeRange(-1.5e308, 1.5e308);
        Assert.Equal(1.5e308, range.HalfSpread);
        Assert.Equal(0, range.Middle);
        Assert.Equal(1.5e308, range.Largest);
    }

    [Fact]
    public void Equal_changes_have_no_spread_and_their_common_value_as_middle()
    {
        var range = ChangeRange.Of(new double[] { 1, 2, 3, 4, 5 }, new double[] { -1, 0, 1, 2, 3 });
        Assert.Equal(0, range.HalfSpread);
        Assert.Equal(-2, range.Middle);
    }
}
