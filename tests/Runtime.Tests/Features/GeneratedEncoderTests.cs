using CsCheck;
using MdpDsl.Runtime.Tests.Simulation;
using MdpDsl.Runtime.Tests.TestModels;
using static MdpDsl.Runtime.Tests.Features.Warehouse;

namespace MdpDsl.Runtime.Tests.Features;

/// <summary>
/// The generated encoders, checked against the layout the documentation gives — fields in declaration order, a
/// nested record flattened in place, bools false-then-true, enums by member, integers one-hot by value − min or
/// scaled to (v − min) / (max − min) — decoded here by hand, independently of the generated code.
/// </summary>
public class GeneratedEncoderTests
{
    // Row 3 + Shelf 3 + Sky 3 + Open 2 + Stock 16 + Temperature 1 + Crates 1 + Shift 4 + 1 + Dock 1.
    private const int Features = 35;

    private static readonly Gen<Depot> Depots =
        Gen.Select(Gen.Int[0, 2], Gen.Int[-1, 1], Gen.Int[0, 2], Gen.Bool, Gen.Int[0, 15], Gen.Int[-10, 10], Gen.Long[0, 16], Gen.Int[1, 4],
            (row, shelf, sky, open, stock, temperature, crates, shift) => new Depot(new Bay(row, shelf), (Weather)sky, open, stock, temperature, crates, shift, 3));

    [Fact]
    public void The_feature_count_is_that_of_the_documented_layout()
    {
        Assert.Equal(Features, FeatureCount);
        Assert.Equal(Features, Encoder.FeatureCount);
        Assert.Equal(5, ActionFeatureCount);
        Assert.Same(Encoder, Encoder);
    }

    [Fact]
    public void One_hot_blocks_hold_one_1_and_decode_back_and_scaled_features_lie_in_0_1() =>
        Property.ForAll(Depots, depot =>
        {
            var features = new double[Features + 3];
            Array.Fill(features, -7.0);
            Encoder.Encode(depot, features);

            Assert.All(features[Features..], f => Assert.Equal(-7.0, f));
            var reader = new Reader(features);
            var decoded = new Depot(
                new Bay(reader.OneHot(3), reader.OneHot(3) - 1),
                (Weather)reader.OneHot(3),
                reader.OneHot(2) == 1,
                reader.OneHot(16),
                (int)Math.Round(-10 + 20 * reader.Scaled()),
                (long)Math.Round(16 * reader.Scaled()),
                reader.OneHot(4) + 1,
                3);
            Assert.Equal((depot.Shift - 1) / 3.0, reader.Scaled(), 15);
            Assert.Equal(0, reader.Scaled());
            Assert.Equal(Features, reader.Position);
            Assert.Equal(depot, decoded);
            Assert.Equal((depot.Temperature + 10) / 20.0, features[27], 15);
            Assert.Equal(depot.Crates / 16.0, features[28], 15);
        });

    [Fact]
    public void Encoding_allocates_nothing()
    {
        Span<double> features = stackalloc double[Features];
        var depot = new Depot(new Bay(1, 0), Weather.Icy, true, 7, -3, 9, 2, 3);
        Encoder.Encode(depot, features);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
            Encoder.Encode(depot with { Stock = i % 16 }, features);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_state_outside_its_declared_domain_is_refused_by_name()
    {
        var valid = new Depot(new Bay(1, 0), Weather.Dry, false, 0, 0, 0, 1, 3);
        var features = new double[Features];

        var stock = Assert.Throws<ArgumentOutOfRangeException>(() => Encoder.Encode(valid with { Stock = 16 }, features));
        var row = Assert.Throws<ArgumentOutOfRangeException>(() => Encoder.Encode(valid with { At = new Bay(3, 0) }, features));
        var sky = Assert.Throws<ArgumentOutOfRangeException>(() => Encoder.Encode(valid with { Sky = (Weather)9 }, features));
        var dock = Assert.Throws<ArgumentOutOfRangeException>(() => Encoder.Encode(valid with { Dock = 4 }, features));

        Assert.Contains("Depot.Stock lies outside its [Range(0, 15)]", stock.Message, StringComparison.Ordinal);
        Assert.Contains("Depot.At.Row lies outside its [Range(0, 2)]", row.Message, StringComparison.Ordinal);
        Assert.Contains("Depot.Sky is not a declared member", sky.Message, StringComparison.Ordinal);
        Assert.Contains("Depot.Dock lies outside its [Range(3, 3)]", dock.Message, StringComparison.Ordinal);
        Assert.Equal(valid with { Stock = 16 }, stock.ActualValue);
        Assert.Throws<ArgumentException>(() => Encoder.Encode(valid, new double[Features - 1]));
    }

    [Fact]
    public void A_record_action_is_encoded_field_by_field() =>
        Property.ForAll(Gen.Select(Gen.Int[0, 2], Gen.Bool, (trucks, rush) => new Order(trucks, rush)), order =>
        {
            var features = new double[ActionFeatureCount];
            ActionEncoder.Encode(order, features);
            var reader = new Reader(features);
            Assert.Equal(order, new Order(reader.OneHot(3), reader.OneHot(2) == 1));
        }, cases: 20);

    [Fact]
    public void A_reachable_state_beyond_any_index_is_encoded_from_its_ranges() =>
        Property.ForAll(Gen.Int[0, 63].Array[10], positions =>
        {
            var ring = new Swarm.Ring(positions[0], positions[1], positions[2], positions[3], positions[4], positions[5], positions[6], positions[7], positions[8], positions[9]);
            var features = new double[Swarm.FeatureCount];
            Swarm.Encoder.Encode(ring, features);
            // 64 values each, more than the 16 one-hot by default: one scaled feature per robot.
            Assert.Equal(10, Swarm.FeatureCount);
            Assert.Equal(positions.Select(p => p / 63.0), features);
        }, cases: 20);

    /// <summary>Reads the features block by block, as the documentation lays them out.</summary>
    private sealed class Reader(double[] features)
    {
        public int Position { get; private set; }

        /// <summary>The position of the single 1 in the next <paramref name="width"/> features, all others 0.</summary>
        public int OneHot(int width)
        {
            var block = features.AsSpan(Position, width);
            Assert.All(block.ToArray(), f => Assert.True(f is 0 or 1, $"feature {f} in a one-hot block"));
            Assert.Equal(1, block.ToArray().Count(f => f == 1));
            Position += width;
            return block.IndexOf(1.0);
        }

        /// <summary>The next feature, which must lie in [0, 1].</summary>
        public double Scaled()
        {
            var value = features[Position++];
            Assert.InRange(value, 0, 1);
            return value;
        }
    }
}
