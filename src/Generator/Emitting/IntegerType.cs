using System.Globalization;
using MdpDsl.Generator.Model;

namespace MdpDsl.Generator.Emitting;

/// <summary>
/// The arithmetic of an integer field's digit, written for its C# type so that it reads like hand-written code:
/// no cast where the value already converts to int, no range check that the type makes impossible, and
/// <c>int.MinValue</c>-style bounds spelled out where a negated literal would overflow.
/// </summary>
internal static class IntegerType
{
    /// <summary>The condition under which <paramref name="read"/> lies outside [Min, Max], or null when its type keeps it inside.</summary>
    public static string? OutsideRange(FieldSpec field, string read)
    {
        var (typeMin, typeMax) = Bounds(field.TypeName);
        var below = field.Min > typeMin ? $"{read} < {Literal(field.Min, field.TypeName)}" : null;
        var above = field.Max < typeMax ? $"{read} > {Literal(field.Max, field.TypeName)}" : null;
        return below is null ? above : above is null ? below : $"{below} || {above}";
    }

    /// <summary>The digit value − Min as an int, for a value already known to lie in range.</summary>
    public static string Digit(FieldSpec field, string read)
    {
        var narrow = field.TypeName is "int" or "short" or "ushort" or "sbyte" or "byte";
        if (field.Min == 0)
            return narrow ? read : $"(int){read}";
        // −Min does not exist for the type's own minimum; the subtraction wraps to the right digit.
        if (field.TypeName == "int" && field.Min == int.MinValue)
            return $"unchecked({read} - int.MinValue)";
        if (field.Min == long.MinValue)
            return $"(int)unchecked({read} - long.MinValue)";
        var offset = $"{read}{Offset(-field.Min, field.TypeName)}";
        return narrow ? $"({offset})" : $"(int)({offset})";
    }

    /// <summary>The field value for <paramref name="digit"/>, an int in [0, Max − Min].</summary>
    public static string Value(FieldSpec field, string digit)
    {
        var offset = field.Min == 0 ? "" : Offset(field.Min, field.TypeName);
        return field.TypeName switch
        {
            "int" => digit + offset,
            "long" or "uint" or "ulong" => offset.Length == 0 ? $"({field.TypeName}){digit}" : $"({field.TypeName}){Parenthesized(digit)}{offset}",
            _ => $"({field.TypeName})({digit}{offset})",
        };
    }

    /// <summary>" + n" or " − n", with the type's minimum named where −n does not exist.</summary>
    private static string Offset(long amount, string typeName) => amount switch
    {
        long.MinValue => " + long.MinValue",
        int.MinValue when typeName == "int" => " + int.MinValue",
        < 0 => $" - {Literal(-amount, typeName)}",
        _ => $" + {Literal(amount, typeName)}",
    };

    private static string Literal(long value, string typeName) => value switch
    {
        long.MinValue => "long.MinValue",
        int.MinValue when typeName == "int" => "int.MinValue",
        _ => value.ToString(CultureInfo.InvariantCulture) + (typeName == "ulong" && value > uint.MaxValue ? "UL" : ""),
    };

    private static string Parenthesized(string expression) => expression.Contains(" ") ? $"({expression})" : expression;

    private static (long Min, long Max) Bounds(string typeName) => typeName switch
    {
        "sbyte" => (sbyte.MinValue, sbyte.MaxValue),
        "byte" => (byte.MinValue, byte.MaxValue),
        "short" => (short.MinValue, short.MaxValue),
        "ushort" => (ushort.MinValue, ushort.MaxValue),
        "int" => (int.MinValue, int.MaxValue),
        "uint" => (uint.MinValue, uint.MaxValue),
        "long" => (long.MinValue, long.MaxValue),
        _ => (0, long.MaxValue), // ulong: a [Range] is a long, so no bound lies above long.MaxValue
    };
}
