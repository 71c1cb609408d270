using System;
using System.Collections.Generic;

namespace MdpDsl.Compilation;

/// <summary>Maps the values of a state or action space to dense indices and back.</summary>
internal abstract class Indexer<T>
{
    public abstract int Count { get; }

    public abstract bool TryIndexOf(T value, out int index);

    public abstract T this[int index] { get; }

    public int IndexOf(T value) =>
        TryIndexOf(value, out var index)
            ? index
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not part of this model.");

    public T At(int index) =>
        (uint)index < (uint)Count
            ? this[index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must lie in [0, {Count}).");
}

/// <summary>An index over a generated finite space: arithmetic, no lookup table.</summary>
internal sealed class FiniteIndexer<T, TSpace> : Indexer<T>
    where TSpace : struct, IFiniteSpace<T>
{
    private readonly TSpace _space;

    public FiniteIndexer(TSpace space) => _space = space;

    public override int Count => _space.Count;

    public override bool TryIndexOf(T value, out int index) => _space.TryIndexOf(value, out index);

    public override T this[int index] => _space.ValueAt(index);
}

/// <summary>An index that grows as a breadth-first search discovers states, up to a cap.</summary>
internal sealed class ReachableIndexer<T> : Indexer<T>
    where T : notnull
{
    private readonly Dictionary<T, int> _indices = new();
    private readonly List<T> _values = new();
    private readonly int _cap;

    public ReachableIndexer(int cap) => _cap = cap;

    public override int Count => _values.Count;

    public override bool TryIndexOf(T value, out int index) => _indices.TryGetValue(value, out index);

    public override T this[int index] => _values[index];

    /// <summary>The index of <paramref name="value"/>, adding it if it is new.</summary>
    public int Discover(T value)
    {
        if (_indices.TryGetValue(value, out var index))
            return index;
        if (_values.Count == _cap)
            throw ModelValidationException.TooManyStates(_cap, value);
        index = _values.Count;
        _indices.Add(value, index);
        _values.Add(value);
        return index;
    }
}
