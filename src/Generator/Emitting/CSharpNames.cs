using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace MdpDsl.Generator.Emitting;

/// <summary>How names and numbers are spelled in generated C#, whatever the user named things and whatever the host's culture.</summary>
internal static class CSharpNames
{
    /// <summary>A name as an identifier in C# source: a keyword needs an <c>@</c>.</summary>
    public static string Identifier(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// A type's name in the generated partial declaration. The compiler warns at every declaration of a type named
    /// in lower-case ASCII letters alone (CS8981) unless the name is written with <c>@</c>, which is always allowed.
    /// </summary>
    public static string DeclaredType(string name) => name.All(c => c is >= 'a' and <= 'z') ? "@" + name : Identifier(name);

    /// <summary>A dotted name (a namespace) with each part escaped.</summary>
    public static string Dotted(System.Collections.Generic.IEnumerable<string> parts) => string.Join(".", parts.Select(Identifier));

    /// <summary>An integer in invariant digits: a culture may spell the minus sign differently.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A double as C# source: round-trip digits, and a decimal point so that 1 reads as a double.</summary>
    public static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(new[] { '.', 'E', 'e' }) < 0 ? text + ".0" : text;
    }

    /// <summary>A type for a <c>cref</c>: a fully qualified name without <c>global::</c>.</summary>
    public static string Cref(string typeName) => typeName.Replace("global::", "");
}
