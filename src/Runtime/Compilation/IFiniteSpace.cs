namespace MdpDsl.Compilation;

/// <summary>
/// A finite set of values in a fixed order, implemented by generated code for state and action types
/// (mixed-radix arithmetic, no dictionary).
/// </summary>
/// <typeparam name="T">The state or action type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public interface IFiniteSpace<T>
{
    /// <summary>The number of values.</summary>
    int Count { get; }

    /// <summary>Finds the index of <paramref name="value"/>; false when it lies outside the space.</summary>
    bool TryIndexOf(T value, out int index);

    /// <summary>The value at <paramref name="index"/>, which lies in [0, <see cref="Count"/>).</summary>
    T ValueAt(int index);
}
