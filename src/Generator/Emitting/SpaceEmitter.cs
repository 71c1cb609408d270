using System.Linq;
using MdpDsl.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace MdpDsl.Generator.Emitting;

/// <summary>
/// Writes the <c>IFiniteSpace</c> struct of one state or action type: an enum maps by a switch, a composite by
/// mixed-radix arithmetic with its first field as the most significant digit.
/// </summary>
internal static class SpaceEmitter
{
    public static void Write(CodeWriter w, DomainSpec space, string generatedCode)
    {
        w.Line($"/// <summary>Indexes the {space.Count} values of <see cref=\"{space.TypeName.Replace("global::", "")}\"/>.</summary>");
        w.Line(generatedCode);
        using (w.Block($"private readonly struct {space.SpaceName} : global::MdpDsl.Compilation.IFiniteSpace<{space.TypeName}>"))
        {
            w.Line($"public int Count => {space.Count};");
            w.Line();
            if (space.Kind == DomainKind.Enum)
                WriteEnum(w, space);
            else
                WriteComposite(w, space);
        }
    }

    private static void WriteEnum(CodeWriter w, DomainSpec space)
    {
        using (w.Block($"public bool TryIndexOf({space.TypeName} value, out int index)"))
        {
            using (w.Block("index = value switch", "};"))
            {
                for (var i = 0; i < space.EnumMembers.Count; i++)
                    w.Line($"{space.TypeName}.{space.EnumMembers[i]} => {i},");
                w.Line("_ => -1,");
            }
            w.Line("return index >= 0;");
        }
        w.Line();
        using (w.Block($"public {space.TypeName} ValueAt(int index) => index switch", "};"))
        {
            for (var i = 0; i < space.EnumMembers.Count; i++)
                w.Line($"{i} => {space.TypeName}.{space.EnumMembers[i]},");
            w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        }
    }

    private static void WriteComposite(CodeWriter w, DomainSpec space)
    {
        using (w.Block($"public bool TryIndexOf({space.TypeName} value, out int index)"))
        {
            w.Line("index = 0;");
            foreach (var field in space.Fields)
            {
                var read = $"value.{field.Name}";
                switch (field.Kind)
                {
                    case FieldKind.Bool:
                        w.Line($"index = index * 2 + ({read} ? 1 : 0);");
                        break;
                    case FieldKind.Integer:
                        w.Line($"if ({read} < {field.Min} || {read} > {field.Max})");
                        w.Line("    return false;");
                        w.Line($"index = index * {field.Radix} + {Digit(field, read)};");
                        break;
                    default:
                        var digit = Local(field.Name);
                        w.Line($"if (!default({field.Nested!.SpaceName}).TryIndexOf({read}, out var {digit}))");
                        w.Line("    return false;");
                        w.Line($"index = index * {field.Radix} + {digit};");
                        break;
                }
            }
            w.Line("return true;");
        }
        w.Line();
        using (w.Block($"public {space.TypeName} ValueAt(int index)"))
        {
            // The last field is the least significant digit, so it is peeled off first.
            for (var i = space.Fields.Count - 1; i >= 0; i--)
            {
                var field = space.Fields[i];
                var digit = i == 0 ? "index" : $"index % {field.Radix}";
                w.Line($"var {Local(field.Name)} = {Value(field, digit)};");
                if (i > 0)
                    w.Line($"index /= {field.Radix};");
            }
            var locals = space.Fields.Select(f => Local(f.Name));
            w.Line(space.Construction == Construction.Constructor
                ? $"return new {space.TypeName}({string.Join(", ", locals)});"
                : $"return new {space.TypeName} {{ {string.Join(", ", space.Fields.Select(f => $"{f.Name} = {Local(f.Name)}"))} }};");
        }
    }

    /// <summary>The digit of an integer field, whose range check has passed.</summary>
    private static string Digit(FieldSpec field, string read)
    {
        var offset = field.Min == 0 ? read : field.Min > 0 ? $"{read} - {field.Min}" : $"{read} + {-field.Min}";
        return field.TypeName == "int" ? (field.Min == 0 ? offset : $"({offset})") : $"(int)({offset})";
    }

    /// <summary>The field value for a digit.</summary>
    private static string Value(FieldSpec field, string digit) => field.Kind switch
    {
        FieldKind.Bool => $"{digit} != 0",
        FieldKind.Integer when field.TypeName == "int" && field.Min == 0 => digit,
        FieldKind.Integer when field.TypeName == "int" => field.Min > 0 ? $"{digit} + {field.Min}" : $"{digit} - {-field.Min}",
        FieldKind.Integer => $"({field.TypeName})({Parenthesize(digit)} + {field.Min}L)",
        _ => $"default({field.Nested!.SpaceName}).ValueAt({digit})",
    };

    private static string Parenthesize(string expression) => expression.Contains(" ") ? $"({expression})" : expression;

    /// <summary>A local named after a field: camelCase, escaped if it is a keyword, and never <c>index</c> or <c>value</c>.</summary>
    private static string Local(string fieldName)
    {
        var name = char.ToLowerInvariant(fieldName[0]) + fieldName.Substring(1);
        if (name is "index" or "value")
            return name + "Field";
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
