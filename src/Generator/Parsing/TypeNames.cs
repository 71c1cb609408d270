using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MdpDsl.Generator.Parsing;

/// <summary>Small questions about types that the parsers ask.</summary>
internal static class TypeNames
{
    /// <summary>
    /// The type as C# source, with <c>global::</c>. Every name that is a keyword gets its <c>@</c>: the display
    /// format escapes namespaces and containing types but leaves a type's own name as it is (<c>@class.struct</c>).
    /// </summary>
    public static string FullyQualified(ITypeSymbol type) =>
        string.Concat(type.ToDisplayParts(SymbolDisplayFormat.FullyQualifiedFormat).Select(part =>
            part.Symbol is not null && part.Kind != SymbolDisplayPartKind.Keyword && SyntaxFacts.GetKeywordKind(part.ToString()) != SyntaxKind.None
                ? "@" + part
                : part.ToString()));

    /// <summary>Whether <paramref name="type"/> is one of the eight integer types a <c>[Range]</c> field may have.</summary>
    public static bool IsInteger(ITypeSymbol type) => type.SpecialType is
        SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
        SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;

    /// <summary>Whether <paramref name="value"/> is a value of the integer type <paramref name="type"/>.</summary>
    public static bool Fits(ITypeSymbol type, long value) => type.SpecialType switch
    {
        SpecialType.System_SByte => value is >= sbyte.MinValue and <= sbyte.MaxValue,
        SpecialType.System_Byte => value is >= byte.MinValue and <= byte.MaxValue,
        SpecialType.System_Int16 => value is >= short.MinValue and <= short.MaxValue,
        SpecialType.System_UInt16 => value is >= ushort.MinValue and <= ushort.MaxValue,
        SpecialType.System_Int32 => value is >= int.MinValue and <= int.MaxValue,
        SpecialType.System_UInt32 => value is >= uint.MinValue and <= uint.MaxValue,
        SpecialType.System_UInt64 => value >= 0,
        _ => true,
    };
}
