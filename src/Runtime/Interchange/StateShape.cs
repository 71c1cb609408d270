using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace MdpDsl.Interchange;

/// <summary>
/// How a user's state type is written to files: an enum by its member name, <c>bool</c> and integers as themselves,
/// and a struct or record as an object of its public fields and auto-properties, in declaration order, nested
/// [State] types recursively. Anything else is written as its <c>ToString()</c>.
/// </summary>
/// <remarks>
/// The state type belongs to the user, so it is read by reflection rather than through the runtime's JSON source
/// generation (which can only cover types known when the runtime is compiled). The members read are those the
/// generator indexes: public fields and auto-implemented properties (a positional record's parameters), not
/// computed properties. The shape of a type is worked out once and cached.
/// </remarks>
internal abstract class StateShape
{
    private const int MaxDepth = 8;
    private static readonly ConcurrentDictionary<Type, StateShape> Shapes = new();

    /// <summary>The shape of <paramref name="type"/>.</summary>
    public static StateShape Of(Type type) => Shapes.GetOrAdd(type, t => Create(t, new HashSet<Type>(), 0));

    /// <summary>Whether values are written as objects of named members (a struct or record), rather than as one value.</summary>
    public virtual bool IsComposite => false;

    /// <summary>Writes <paramref name="value"/> as JSON.</summary>
    public abstract void WriteJson(Utf8JsonWriter writer, object? value);

    /// <summary>
    /// Adds the names of the PRISM variables this shape becomes, each <paramref name="name"/> or prefixed by it;
    /// false when a part of it is neither a <c>bool</c>, an integer nor an enum, which PRISM cannot hold.
    /// </summary>
    public abstract bool TryAddVariables(string? name, List<string> names);

    /// <summary>
    /// Adds the values of <paramref name="value"/>, in the order of <see cref="TryAddVariables"/>; false when a part is
    /// neither a <c>bool</c>, an integer nor an enum. An enum is written as its integer (PRISM has no enums) or, with
    /// <paramref name="enumsByName"/>, as its member name (tables and CSV files that people read).
    /// </summary>
    public abstract bool TryAddValues(object? value, List<string> values, bool enumsByName = false);

    private static StateShape Create(Type type, HashSet<Type> path, int depth)
    {
        if (type == typeof(bool))
            return new BoolShape();
        if (type.IsEnum)
            return new EnumShape(type);
        if (IsInteger(type))
            return new IntegerShape();
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
            return new NumberShape();
        if (type == typeof(string) || type.IsPrimitive || type.IsPointer || type.IsArray || depth >= MaxDepth || !path.Add(type))
            return new TextShape();

        var members = Members(type)
            .Select(m => new CompositeShape.Member(m.Name, m.Get, Create(m.Type, path, depth + 1)))
            .ToArray();
        path.Remove(type);
        return members.Length > 0 ? new CompositeShape(members) : new TextShape();
    }

    /// <summary>
    /// The public instance fields and auto-properties of <paramref name="type"/> and its base types, in declaration
    /// order: a property's place is its compiler-generated backing field's.
    /// </summary>
    private static IEnumerable<(string Name, Type Type, Func<object, object?> Get)> Members(Type type)
    {
        var chain = new List<Type>();
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
            chain.Insert(0, t);

        const BindingFlags declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var t in chain)
        {
            foreach (var field in t.GetFields(declared).OrderBy(f => f.MetadataToken))
            {
                if (field.IsPublic)
                {
                    yield return (field.Name, field.FieldType, field.GetValue);
                    continue;
                }
                if (!field.Name.StartsWith('<') || !field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal))
                    continue;
                var name = field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)];
                var property = t.GetProperty(name, declared);
                if (property is { GetMethod.IsPublic: true } && property.GetIndexParameters().Length == 0)
                    yield return (property.Name, property.PropertyType, property.GetValue);
            }
        }
    }

    private static bool IsInteger(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(sbyte) ||
        type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(byte);

    private static string Join(string? prefix, string name) => prefix is null ? name : prefix + "_" + name;

    private sealed class BoolShape : StateShape
    {
        public override void WriteJson(Utf8JsonWriter writer, object? value)
        {
            if (value is bool b)
                writer.WriteBooleanValue(b);
            else
                writer.WriteNullValue();
        }

        public override bool TryAddVariables(string? name, List<string> names)
        {
            names.Add(name ?? "value");
            return true;
        }

        public override bool TryAddValues(object? value, List<string> values, bool enumsByName = false)
        {
            if (value is not bool b)
                return false;
            values.Add(b ? "true" : "false");
            return true;
        }
    }

    private sealed class IntegerShape : StateShape
    {
        public override void WriteJson(Utf8JsonWriter writer, object? value)
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case ulong big:
                    writer.WriteNumberValue(big);
                    break;
                default:
                    writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        public override bool TryAddVariables(string? name, List<string> names)
        {
            names.Add(name ?? "value");
            return true;
        }

        public override bool TryAddValues(object? value, List<string> values, bool enumsByName = false)
        {
            if (value is null)
                return false;
            values.Add(Convert.ToString(value, CultureInfo.InvariantCulture)!);
            return true;
        }
    }

    /// <summary>An enum: its member name in JSON, its underlying integer value in PRISM (which has no enums).</summary>
    private sealed class EnumShape : StateShape
    {
        private readonly Type _underlying;

        public EnumShape(Type type) => _underlying = Enum.GetUnderlyingType(type);

        public override void WriteJson(Utf8JsonWriter writer, object? value)
        {
            if (value is null)
                writer.WriteNullValue();
            else
                writer.WriteStringValue(value.ToString());
        }

        public override bool TryAddVariables(string? name, List<string> names)
        {
            names.Add(name ?? "value");
            return true;
        }

        public override bool TryAddValues(object? value, List<string> values, bool enumsByName = false)
        {
            if (value is null)
                return false;
            values.Add(enumsByName
                ? value.ToString()!
                : Convert.ToString(Convert.ChangeType(value, _underlying, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)!);
            return true;
        }
    }

    /// <summary>A floating-point field (possible only in a reachable state space): a JSON number, not a PRISM variable.</summary>
    private sealed class NumberShape : StateShape
    {
        public override void WriteJson(Utf8JsonWriter writer, object? value)
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case decimal d:
                    writer.WriteNumberValue(d);
                    break;
                default:
                    var x = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    if (double.IsFinite(x))
                        writer.WriteNumberValue(x);
                    else
                        writer.WriteStringValue(x.ToString(CultureInfo.InvariantCulture));
                    break;
            }
        }

        public override bool TryAddVariables(string? name, List<string> names) => false;

        public override bool TryAddValues(object? value, List<string> values, bool enumsByName = false) => false;
    }

    /// <summary>A value with no readable members: its <c>ToString()</c>.</summary>
    private sealed class TextShape : StateShape
    {
        public override void WriteJson(Utf8JsonWriter writer, object? value)
        {
            if (value is null)
                writer.WriteNullValue();
            else
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        public override bool TryAddVariables(string? name, List<string> names) => false;

        public override bool TryAddValues(object? value, List<string> values, bool enumsByName = false) => false;
    }

    private sealed class CompositeShape : StateShape
    {
        private readonly Member[] _members;

        public CompositeShape(Member[] members) => _members = members;

        public override bool IsComposite => true;

        public override void WriteJson(Utf8JsonWriter writer, object? value)
        {
            if (value is null)
            {
                writer.WriteNullValue();
                return;
            }
            writer.WriteStartObject();
            foreach (var member in _members)
            {
                writer.WritePropertyName(member.Name);
                member.Shape.WriteJson(writer, member.Get(value));
            }
            writer.WriteEndObject();
        }

        public override bool TryAddVariables(string? name, List<string> names)
        {
            foreach (var member in _members)
            {
                if (!member.Shape.TryAddVariables(Join(name, member.Name), names))
                    return false;
            }
            return true;
        }

        public override bool TryAddValues(object? value, List<string> values, bool enumsByName = false)
        {
            if (value is null)
                return false;
            foreach (var member in _members)
            {
                if (!member.Shape.TryAddValues(member.Get(value), values, enumsByName))
                    return false;
            }
            return true;
        }

        public sealed record Member(string Name, Func<object, object?> Get, StateShape Shape);
    }
}
