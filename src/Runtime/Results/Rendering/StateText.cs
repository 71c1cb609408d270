using System;
using System.Collections.Generic;
using System.Globalization;
using MdpDsl.Interchange;

namespace MdpDsl.Rendering;

/// <summary>
/// A state as table cells: one column per field for a struct or record of integers, enums and bools (enums by
/// name, nested state types flattened with <c>_</c>), or one <c>state</c> column holding its <c>ToString()</c>.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
internal sealed class StateText<TState>
    where TState : notnull
{
    private readonly StateShape _shape;
    private readonly bool _byField;

    /// <summary>The shape of <typeparamref name="TState"/>, read once.</summary>
    public StateText()
    {
        _shape = StateShape.Of(typeof(TState));
        var names = new List<string>();
        _byField = _shape.IsComposite && _shape.TryAddVariables(null, names);
        Columns = _byField ? names : ["state"];
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Adds the cells of <paramref name="state"/>, one per column.</summary>
    public void AddCells(TState state, List<string> cells)
    {
        var start = cells.Count;
        if (_byField && _shape.TryAddValues(state, cells, enumsByName: true))
            return;
        // A value the shape cannot split (a field holding null) still gets one cell per column.
        cells.RemoveRange(start, cells.Count - start);
        cells.Add(Convert.ToString(state, CultureInfo.InvariantCulture) ?? string.Empty);
        for (var c = 1; c < Columns.Count; c++)
            cells.Add(string.Empty);
    }
}
