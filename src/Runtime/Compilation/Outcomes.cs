using System.Collections.Generic;

namespace MdpDsl.Compilation;

/// <summary>
/// A reusable list of (state, probability) pairs that generated code fills from the user's transition or initial
/// member. <see cref="ModelCompiler"/> validates, indexes and merges them.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class Outcomes<TState>
{
    private readonly List<(TState State, double Probability)> _items = new();

    /// <summary>Adds one outcome; duplicates are merged later by adding their probabilities.</summary>
    public void Add(TState state, double probability) => _items.Add((state, probability));

    internal int Count => _items.Count;

    internal (TState State, double Probability) this[int index] => _items[index];

    internal void Clear() => _items.Clear();
}
