using System;
using System.Collections.Generic;

namespace MdpDsl.Compilation;

/// <summary>Checked access to a generated <see cref="IFiniteSpace{T}"/>, for the public indexing members generated code adds.</summary>
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

    /// <summary>Every value, in index order.</summary>
    public static IReadOnlyList<T> All<T, TSpace>(TSpace space)
        where TSpace : struct, IFiniteSpace<T>
    {
        var values = new T[space.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = space.ValueAt(i);
        return values;
    }
}
