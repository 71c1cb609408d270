using System;
using System.Linq;
using System.Reflection;

namespace MdpDsl.Plotting;

/// <summary>
/// Where a state sits on a grid when it is two integers: its public <see cref="int"/> properties, or failing those
/// its public <see cref="int"/> fields, in declaration order — (X, Y) for <c>record struct Cell(int X, int Y)</c>.
/// </summary>
internal static class GridPosition<TState>
{
    private static readonly Lazy<Func<TState, (int X, int Y)>> Reader = new(Find);

    public static Func<TState, (int X, int Y)> Read => Reader.Value;

    private static Func<TState, (int X, int Y)> Find()
    {
        var type = typeof(TState);
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.PropertyType == typeof(int) && property.GetIndexParameters().Length == 0 && property.CanRead)
            .OrderBy(property => property.MetadataToken)
            .ToArray();
        if (properties.Length == 2)
            return state => ((int)properties[0].GetValue(state)!, (int)properties[1].GetValue(state)!);
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Where(field => field.FieldType == typeof(int))
            .OrderBy(field => field.MetadataToken)
            .ToArray();
        if (fields.Length == 2)
            return state => ((int)fields[0].GetValue(state)!, (int)fields[1].GetValue(state)!);
        throw new ArgumentException(
            $"The state type {type.Name} does not have exactly two public int fields or properties to place it on a grid "
            + $"(it has {properties.Length} such properties and {fields.Length} such fields): pass a position function that maps a state to its (X, Y) cell.");
    }
}
