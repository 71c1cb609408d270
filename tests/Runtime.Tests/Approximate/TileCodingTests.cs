namespace MdpDsl.Runtime.Tests.Approximate;

public class TileCodingTests
{
    /// <summary>Two features of a point, each in [0, 1], and a third that is not tiled.</summary>
    private static readonly FunctionEncoder<(double X, double Y)> Point = new(3, (p, i) => i switch { 0 => p.X, 1 => p.Y, _ => 7 });

    [Fact]
    public void Every_state_activates_exactly_one_tile_of_each_tiling()
    {
        var tiles = new TileCoding<(double X, double Y)>(Point, tilings: 4, tilesPerDimension: 5, tiledFeatures: [0, 1]);
        // 4 tilings of 6 × 6 tiles (one more than 5 per dimension, for the offsets), then the untiled feature.
        Assert.False(tiles.IsHashed);
        Assert.Equal(4 * 36, tiles.TileFeatures);
        Assert.Equal(4 * 36 + 1, tiles.FeatureCount);
        var features = new double[tiles.FeatureCount];
        var random = new Random(1);
        for (var i = 0; i < 1_000; i++)
        {
            tiles.Encode((random.NextDouble(), random.NextDouble()), features);
            for (var t = 0; t < 4; t++)
            {
                var tiling = features.AsSpan(t * 36, 36).ToArray();
                Assert.Equal(1, tiling.Count(x => x == 1));
                Assert.Equal(35, tiling.Count(x => x == 0));
            }
            Assert.Equal(7, features[^1]);
        }
    }

    [Fact]
    public void Nearby_states_share_tiles_and_distant_ones_do_not()
    {
        var tiles = new TileCoding<(double X, double Y)>(Point, tilings: 8, tilesPerDimension: 4, tiledFeatures: [0, 1]);

        // A tile is ¼ wide and the tilings are offset by 1/32 (times 1 or 3): points 0.01 apart share most tiles.
        Assert.InRange(Shared(tiles, (0.50, 0.50), (0.51, 0.50)), 6, 8);
        Assert.Equal(8, Shared(tiles, (0.30, 0.60), (0.30, 0.60)));
        // More than a tile apart along a feature, no tiling can put them in one tile.
        Assert.Equal(0, Shared(tiles, (0.10, 0.50), (0.40, 0.50)));
        Assert.Equal(0, Shared(tiles, (0.50, 0.05), (0.50, 0.95)));
    }

    [Fact]
    public void Hashed_tiles_stay_in_range_and_keep_one_activation_per_tiling()
    {
        // All three features are tiled (the default), so nothing follows the tiles: 10 tilings of 101³ tiles, hashed
        // into 1,000 features.
        var tiles = new TileCoding<(double X, double Y)>(Point, tilings: 10, tilesPerDimension: 100, maximumFeatures: 1_000);
        Assert.True(tiles.IsHashed);
        Assert.Equal(1_000, tiles.TileFeatures);
        Assert.Equal(1_000, tiles.FeatureCount);
        var features = new double[tiles.FeatureCount];
        var random = new Random(2);
        for (var i = 0; i < 1_000; i++)
        {
            tiles.Encode((random.NextDouble(), random.NextDouble()), features);
            // Collisions add up, so the activations always total the tilings, and every index is in range.
            Assert.Equal(10, features.Sum());
            Assert.All(features, x => Assert.True(x >= 0 && x == Math.Floor(x)));
        }
    }

    [Fact]
    public void Encoding_allocates_nothing()
    {
        var tiles = new TileCoding<(double X, double Y)>(Point, tilings: 8, tilesPerDimension: 10, tiledFeatures: [0, 1]);
        var features = new double[tiles.FeatureCount];
        tiles.Encode((0.5, 0.5), features);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
            tiles.Encode((i / 1_000.0, 0.5), features);

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("tilings", Assert.Throws<ArgumentOutOfRangeException>(() => new TileCoding<(double X, double Y)>(Point, 0, 4)).ParamName);
        Assert.Equal("tilesPerDimension", Assert.Throws<ArgumentOutOfRangeException>(() => new TileCoding<(double X, double Y)>(Point, 4, 0)).ParamName);
        Assert.Contains("Feature 3 does not exist", Assert.Throws<ArgumentOutOfRangeException>(() => new TileCoding<(double X, double Y)>(Point, 4, 4, [0, 3])).Message);
        Assert.Contains("more than once", Assert.Throws<ArgumentException>(() => new TileCoding<(double X, double Y)>(Point, 4, 4, [1, 1])).Message);
        var tiles = new TileCoding<(double X, double Y)>(Point, 4, 4, [0, 1]);
        var error = Assert.Throws<ArgumentException>(() => tiles.Encode((double.NaN, 0.5), new double[tiles.FeatureCount]));
        Assert.Contains("feature 0 = NaN for state (NaN, 0.5)", error.Message);
    }

    private static int Shared(TileCoding<(double X, double Y)> tiles, (double X, double Y) a, (double X, double Y) b)
    {
        var (u, v) = (new double[tiles.FeatureCount], new double[tiles.FeatureCount]);
        tiles.Encode(a, u);
        tiles.Encode(b, v);
        return Enumerable.Range(0, tiles.TileFeatures).Count(i => u[i] > 0 && v[i] > 0);
    }
}
