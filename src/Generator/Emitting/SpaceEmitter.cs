using System.Collections.Generic;
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
        var locals = Locals(space.Fields);
        using (w.Block($"public bool TryIndexOf({space.TypeName} value, out int index)"))
        {
            w.Line("index = 0;");
            for (var i = 0; i < space.Fields.Count; i++)
            {
                var field = space.Fields[i];
                var read = $"value.{Identifier(field.Name)}";
                switch (field.Kind)
                {
                    case FieldKind.Bool:
                        w.Line($"index = index * 2 + ({read} ? 1 : 0);");
                        break;
                    case FieldKind.Integer:
                        var outside = IntegerType.OutsideRange(field, read);
                        if (outside is not null)
                        {
                            w.Line($"if ({outside})");
                            w.Line("    return false;");
                        }
                        w.Line($"index = index * {field.Radix} + {IntegerType.Digit(field, read)};");
                        break;
                    default:
                        w.Line($"if (!default({field.Nested!.SpaceName}).TryIndexOf({read}, out var {locals[i]}))");
                        w.Line("    return false;");
                        w.Line($"index = index * {field.Radix} + {locals[i]};");
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
                w.Line($"var {locals[i]} = {Value(field, digit)};");
                if (i > 0)
                    w.Line($"index /= {field.Radix};");
            }
            w.Line(space.Construction == Construction.Constructor
                ? $"return new {space.TypeName}({string.Join(", ", locals)});"
                : $"return new {space.TypeName} {{ {string.Join(", ", space.Fields.Select((f, i) => $"{Identifier(f.Name)} = {locals[i]}"))} }};");
        }
    }

    /// <summary>The field value for a digit.</summary>
    private static string Value(FieldSpec field, string digit) => field.Kind switch
    {
        FieldKind.Bool => $"{digit} != 0",
        FieldKind.Integer => IntegerType.Value(field, digit),
        _ => $"default({field.Nested!.SpaceName}).ValueAt({digit})",
    };

    /// <summary>A member name as C# source: reserved keywords need an <c>@</c>.</summary>
    private static string Identifier(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// One local per field, named after it in camelCase; never <c>index</c> or <c>value</c> (the parameters), and
    /// numbered where two fields differ only in case.
    /// </summary>
    private static string[] Locals(EquatableArray<FieldSpec> fields)
    {
        var used = new HashSet<string> { "index", "value" };
        var locals = new string[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var name = char.ToLowerInvariant(fields[i].Name[0]) + fields[i].Name.Substring(1);
            var unique = name;
            for (var n = 2; !used.Add(unique); n++)
                unique = name + n;
            locals[i] = Identifier(unique);
        }
        return locals;
    }
}
