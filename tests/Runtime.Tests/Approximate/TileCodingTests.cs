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
    public void Each_tiling_is_offset_along_each_feature_by_its_own_odd_multiple_of_a_tile_over_the_tilings()
    {
        // 4 tilings of 2 × 2 tiles (1 per feature, plus one for the offsets), 4 features each. Tiling t sits
        // (t · (2d + 1) mod 4) / 4 of a tile along feature d: for (0.6, 0.3) the cells are
        // t = 0: (⌊0.6⌋, ⌊0.3⌋) = (0, 0); t = 1: (⌊0.85⌋, ⌊1.05⌋) = (0, 1); t = 2: (⌊1.1⌋, ⌊0.8⌋) = (1, 0); t = 3: (⌊1.35⌋, ⌊0.55⌋) = (1, 0),
        // and cell (x, y) of tiling t is feature 4t + 2x + y.
        var tiles = new TileCoding<(double X, double Y)>(Point, tilings: 4, tilesPerDimension: 1, tiledFeatures: [0, 1]);
        var features = new double[tiles.FeatureCount];

        tiles.Encode((0.6, 0.3), features);

        Assert.Equal([0, 5, 10, 14], Enumerable.Range(0, tiles.TileFeatures).Where(i => features[i] == 1));
    }

    [Fact]
    public void The_cells_of_a_grid_are_distinct_tiles()
    {
        var tiles = new TileCoding<(double X, double Y)>(Point, tilings: 1, tilesPerDimension: 3, tiledFeatures: [0, 1]);
        var features = new double[tiles.FeatureCount];
        var active = new HashSet<int>();
        for (var x = 0; x < 3; x++)
        {
            for (var y = 0; y < 3; y++)
            {
                tiles.Encode(((x + 0.5) / 3, (y + 0.5) / 3), features);
                active.Add(Array.IndexOf(features, 1.0));
            }
        }

        Assert.Equal(9, active.Count);
    }

    [Fact]
    public void Hashed_tilings_rarely_share_a_feature()
    {
        // 10 tiles hashed into 1,000 features collide in one state in about 4.4 % of states (the birthday bound).
        var tiles = new TileCoding<(double X, double Y)>(Point, tilings: 10, tilesPerDimension: 100, maximumFeatures: 1_000);
        var features = new double[tiles.FeatureCount];
        var random = new Random(3);
        var distinct = 0;
        for (var i = 0; i < 1_000; i++)
        {
            tiles.Encode((random.NextDouble(), random.NextDouble()), features);
            distinct += features.Count(x => x > 0);
        }

        Assert.True(distinct > 9_900, $"{distinct} distinct features in 1,000 states of 10 tiles each");
    }

    [Fact]
    public void The_untiled_features_follow_the_tiles_in_their_order()
    {
        var encoder = new FunctionEncoder<double>(4, (x, i) => i == 0 ? x : 10 * i);
        var tiles = new TileCoding<double>(encoder, tilings: 2, tilesPerDimension: 3, tiledFeatures: [0]);
        var features = new double[tiles.FeatureCount];

        tiles.Encode(0.5, features);

        Assert.Equal([10, 20, 30], features[tiles.TileFeatures..]);
    }

    [Fact]
    public void Tiles_are_hashed_only_when_there_are_more_of_them_than_features()
    {
        // 2 tilings of 3 + 1 tiles: 8 tiles.
        var encoder = new FunctionEncoder<double>(1, (x, _) => x);
        Assert.False(new TileCoding<double>(encoder, tilings: 2, tilesPerDimension: 3, maximumFeatures: 8).IsHashed);
        Assert.True(new TileCoding<double>(encoder, tilings: 2, tilesPerDimension: 3, maximumFeatures: 7).IsHashed);

        // The smallest coding: one tiling of one tile (two with the offset's), hashed into one feature.
        var smallest = new TileCoding<double>(encoder, tilings: 1, tilesPerDimension: 1, maximumFeatures: 1);
        var features = new double[1];
        smallest.Encode(0.3, features);
        Assert.Equal([1.0], features);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("features", Assert.Throws<ArgumentNullException>(() => new TileCoding<(double X, double Y)>(null!, 4, 4)).ParamName);
        Refused("tilings", "At least one tiling is needed.", () => new TileCoding<(double X, double Y)>(Point, 0, 4));
        Refused("tilesPerDimension", "A tiling needs at least one tile along each feature.", () => new TileCoding<(double X, double Y)>(Point, 4, 0));
        Refused("maximumFeatures", "The tiles need at least one feature.", () => new TileCoding<(double X, double Y)>(Point, 4, 4, maximumFeatures: 0));
        var none = Assert.Throws<ArgumentException>(() => new TileCoding<(double X, double Y)>(Point, 4, 4, []));
        Assert.Equal("tiledFeatures", none.ParamName);
        Assert.StartsWith("Choose at least one feature to tile.", none.Message);
        Assert.Contains("Feature 3 does not exist", Assert.Throws<ArgumentOutOfRangeException>(() => new TileCoding<(double X, double Y)>(Point, 4, 4, [0, 3])).Message);
        Assert.Contains("more than once", Assert.Throws<ArgumentException>(() => new TileCoding<(double X, double Y)>(Point, 4, 4, [1, 1])).Message);
        var tiles = new TileCoding<(double X, double Y)>(Point, 4, 4, [0, 1]);
        var error = Assert.Throws<ArgumentException>(() => tiles.Encode((double.NaN, 0.5), new double[tiles.FeatureCount]));
        Assert.Contains("feature 0 = NaN for state (NaN, 0.5)", error.Message);
        var shortSpan = Assert.Throws<ArgumentException>(() => tiles.Encode((0.5, 0.5), new double[tiles.FeatureCount - 1]));
        Assert.Equal("features", shortSpan.ParamName);
        Assert.StartsWith($"The span holds {tiles.FeatureCount - 1} entries, fewer than the {tiles.FeatureCount} features.", shortSpan.Message);

        static void Refused(string parameter, string message, Action create)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(create);
            Assert.Equal(parameter, error.ParamName);
            Assert.StartsWith(message, error.Message);
        }
    }

    private static int Shared(TileCoding<(double X, double Y)> tiles, (double X, double Y) a, (double X, double Y) b)
    {
        var (u, v) = (new double[tiles.FeatureCount], new double[tiles.FeatureCount]);
        tiles.Encode(a, u);
        tiles.Encode(b, v);
        return Enumerable.Range(0, tiles.TileFeatures).Count(i => u[i] > 0 && v[i] > 0);
    }
}
