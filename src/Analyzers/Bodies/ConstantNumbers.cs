using Microsoft.CodeAnalysis;

namespace MdpDsl.Analyzers.Bodies;

/// <summary>The numeric value the compiler folded an expression to: literals, constants, unary minus, arithmetic on constants.</summary>
internal static class ConstantNumbers
{
    /// <summary>The value of <paramref name="operation"/> as a double, or null when it is not a numeric constant.</summary>
    public static double? Of(IOperation operation) => operation.ConstantValue switch
    {
        { HasValue: true, Value: double value } => value,
        { HasValue: true, Value: float value } => value,
        { HasValue: true, Value: decimal value } => (double)value,
        { HasValue: true, Value: long value } => value,
        { HasValue: true, Value: ulong value } => value,
        { HasValue: true, Value: int value } => value,
        { HasValue: true, Value: uint value } => value,
        { HasValue: true, Value: short value } => value,
        { HasValue: true, Value: ushort value } => value,
        { HasValue: true, Value: sbyte value } => value,
        { HasValue: true, Value: byte value } => value,
        _ => null,
    };

    /// <summary>A number as C# source would print it back, in invariant culture.</summary>
    public static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
