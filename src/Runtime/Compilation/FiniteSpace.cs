using System;
using System.Collections;
using System.Collections.Generic;

namespace MdpDsl.Compilation;

/// <summary>Checked access to a generated <see cref="IFiniteSpace{T}"/>, for the public indexing members generated code adds.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class FiniteSpace
{
    /// <summary>The index of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside the space, for example an integer field outside its [Range].</exception>
    public static int IndexOf<T, TSpace>(TSpace space, T value)
        where TSpace : struct, IFiniteSpace<T> =>
        space.TryIndexOf(value, out var index)
            ? index
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} lies outside the space of {typeof(T).Name}.");

    /// <summary>The value at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index lies outside [0, Count).</exception>
    public static T ValueAt<T, TSpace>(TSpace space, int index)
        where TSpace : struct, IFiniteSpace<T> =>
        (uint)index < (uint)space.Count
            ? space.ValueAt(index)
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must lie in [0, {space.Count}).");

    /// <summary>Every value, in index order, as a read-only view that computes each value when asked (no table of values).</summary>
    public static IReadOnlyList<T> All<T, TSpace>(TSpace space)
        where TSpace : struct, IFiniteSpace<T> => new View<T, TSpace>(space);

    private sealed class View<T, TSpace> : IReadOnlyList<T>
        where TSpace : struct, IFiniteSpace<T>
    {
        private readonly TSpace _space;

        public View(TSpace space) => _space = space;

        public int Count => _space.Count;

        public T this[int index] => ValueAt<T, TSpace>(_space, index);

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < _space.Count; i++)
                yield return _space.ValueAt(i);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
