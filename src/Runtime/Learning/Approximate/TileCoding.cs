using System;
using System.Collections.Generic;
using System.Linq;

namespace MdpDsl;

/// <summary>
/// Tile coding (Sutton &amp; Barto 2018, §9.5.4) of another encoder's features, for linear approximators on wide ranges:
/// each of several tilings cuts the unit cube of the tiled features into a grid of tiles, and a state activates the
/// one tile of each tiling that contains it. The tilings are offset from one another by fractions of a tile, along each
/// dimension by different amounts (1, 3, 5, … units of 1/tilings of a tile), so that nearby states share most of
/// their tiles and generalize to each other while distant states share none. When the tilings hold more tiles than
/// <c>maximumFeatures</c>, tiles are hashed into that many features (collisions then add up).
/// The tiled features are expected in [0, 1], as the generated encoders scale <c>[Range]</c> integers; values
/// outside are clamped to the edge tiles. Features not chosen for tiling follow the tiles unchanged.
/// Encoding allocates nothing; an instance is used by one thread at a time, since it reuses a buffer.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
public sealed class TileCoding<TState> : IStateEncoder<TState>
{
    private readonly IStateEncoder<TState> _inner;
    private readonly int[] _tiled;
    private readonly int[] _untiled;
    private readonly double[] _innerFeatures;
    private readonly int _tilesPerTiling;

    /// <summary>Tiles the features <paramref name="tiledFeatures"/> of <paramref name="features"/>.</summary>
    /// <param name="features">The encoder whose features are tiled, each expected in [0, 1].</param>
    /// <param name="tilings">The number of offset tilings, at least 1: each state activates this many tiles.</param>
    /// <param name="tilesPerDimension">How many tiles of each tiling span [0, 1] along each tiled feature, at least 1.</param>
    /// <param name="tiledFeatures">The indices of the features to tile; null tiles them all.</param>
    /// <param name="maximumFeatures">The most features the tiles take; more tiles than this are hashed into this many.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1, or a tiled feature index lies outside the encoder's features.</exception>
    /// <exception cref="ArgumentException">A feature index is chosen twice, or none is chosen.</exception>
    public TileCoding(IStateEncoder<TState> features, int tilings, int tilesPerDimension, IReadOnlyList<int>? tiledFeatures = null, int maximumFeatures = 4096)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (tilings < 1)
            throw new ArgumentOutOfRangeException(nameof(tilings), tilings, "At least one tiling is needed.");
        if (tilesPerDimension < 1)
            throw new ArgumentOutOfRangeException(nameof(tilesPerDimension), tilesPerDimension, "A tiling needs at least one tile along each feature.");
        if (maximumFeatures < 1)
            throw new ArgumentOutOfRangeException(nameof(maximumFeatures), maximumFeatures, "The tiles need at least one feature.");
        var count = features.FeatureCount;
        _tiled = (tiledFeatures ?? Enumerable.Range(0, count).ToArray()).ToArray();
        if (_tiled.Length == 0)
            throw new ArgumentException("Choose at least one feature to tile.", nameof(tiledFeatures));
        foreach (var i in _tiled)
        {
            if ((uint)i >= (uint)count)
                throw new ArgumentOutOfRangeException(nameof(tiledFeatures), i, $"Feature {i} does not exist: the encoder has {count} features, [0, {count}).");
        }
        if (_tiled.Distinct().Count() != _tiled.Length)
            throw new ArgumentException("A feature is chosen for tiling more than once.", nameof(tiledFeatures));

        _inner = features;
        _untiled = Enumerable.Range(0, count).Except(_tiled).ToArray();
        _innerFeatures = new double[count];
        Tilings = tilings;
        TilesPerDimension = tilesPerDimension;
        // The offsets shift each grid by less than a tile, so one more tile per dimension covers [0, 1].
        var tiles = tilings * Math.Pow(tilesPerDimension + 1, _tiled.Length);
        IsHashed = tiles > maximumFeatures;
        TileFeatures = IsHashed ? maximumFeatures : (int)tiles;
        _tilesPerTiling = IsHashed ? 0 : TileFeatures / tilings;
    }

    /// <summary>The number of tilings: every state activates exactly this many tiles (before hashing).</summary>
    public int Tilings { get; }

    /// <summary>The tiles of each tiling along each tiled feature's [0, 1].</summary>
    public int TilesPerDimension { get; }

    /// <summary>Whether the tiles are hashed into <see cref="TileFeatures"/> features, because there are more of them.</summary>
    public bool IsHashed { get; }

    /// <summary>The features the tiles take: the first <see cref="TileFeatures"/> of each vector; the untiled features follow.</summary>
    public int TileFeatures { get; }

    /// <inheritdoc/>
    public int FeatureCount => TileFeatures + _untiled.Length;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="features"/> is too short, or a tiled feature is NaN.</exception>
    public void Encode(TState state, Span<double> features)
    {
        if (features.Length < FeatureCount)
            throw new ArgumentException($"The span holds {features.Length} entries, fewer than the {FeatureCount} features.", nameof(features));
        _inner.Encode(state, _innerFeatures);
        features[..TileFeatures].Clear();
        for (var t = 0; t < Tilings; t++)
            features[Tile(state, t)] += 1;
        for (var i = 0; i < _untiled.Length; i++)
            features[TileFeatures + i] = _innerFeatures[_untiled[i]];
    }

    /// <summary>The feature index of the tile of tiling <paramref name="tiling"/> that holds the current inner features.</summary>
    private int Tile(TState state, int tiling)
    {
        var index = 0L;
        var hash = 0x9E3779B97F4A7C15UL * (ulong)(tiling + 1);
        for (var d = 0; d < _tiled.Length; d++)
        {
            var coordinate = Coordinate(state, d, tiling);
            if (IsHashed)
                hash = Mix(hash ^ (ulong)coordinate);
            else
                index = index * (TilesPerDimension + 1) + coordinate;
        }
        return IsHashed ? (int)(hash % (ulong)TileFeatures) : tiling * _tilesPerTiling + (int)index;
    }

    /// <summary>The tile coordinate in [0, tiles] of tiled dimension <paramref name="dimension"/> in tiling <paramref name="tiling"/>.</summary>
    private int Coordinate(TState state, int dimension, int tiling)
    {
        var x = _innerFeatures[_tiled[dimension]];
        if (double.IsNaN(x))
            throw new ArgumentException($"The encoder gave feature {_tiled[dimension]} = NaN for state {state}; a tiled feature must be a number in [0, 1].", nameof(state));
        // Tiling t sits (t · (2d + 1) mod n) / n of a tile further along dimension d, n the number of tilings.
        var offset = (double)(tiling * (2 * dimension + 1) % Tilings) / Tilings;
        var position = Math.Clamp(x, 0, 1) * TilesPerDimension + offset;
        return Math.Min((int)position, TilesPerDimension);
    }

    /// <summary>The SplitMix64 finalizer: every input bit affects every output bit, so nearby tiles hash far apart.</summary>
    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EB);
        return z ^ (z >> 31);
    }
}
