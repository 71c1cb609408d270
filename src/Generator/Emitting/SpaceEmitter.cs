using System.Collections.Generic;
using System.Linq;
using MdpDsl.Generator.Model;
using static MdpDsl.Generator.Emitting.CSharpNames;

namespace MdpDsl.Generator.Emitting;

/// <summary>
/// Writes the <c>IFiniteSpace</c> struct of one state or action type: an enum maps by a switch, a composite by
/// mixed-radix arithmetic with its first field as the most significant digit.
/// </summary>
internal static class SpaceEmitter
{
    private const string OutOfRange = "throw new global::System.ArgumentOutOfRangeException(\"index\")";

    public static void Write(SourceWriter w, DomainSpec space)
    {
        w.WriteLine($$"""
            /// <summary>Indexes the {{Number(space.Count)}} values of <see cref="{{Cref(space.TypeName)}}"/>.</summary>
            {{ModelEmitter.Generated}}
            private readonly struct {{space.SpaceName}} : global::MdpDsl.Compilation.IFiniteSpace<{{space.TypeName}}>
            """);
        w.OpenBlock();
        w.WriteLine($"""
            public int Count => {Number(space.Count)};

            """);
        if (space.Kind == DomainKind.Enum)
            WriteEnum(w, space);
        else
            WriteComposite(w, space);
        w.CloseBlock();
    }

    private static void WriteEnum(SourceWriter w, DomainSpec space)
    {
        var members = space.EnumMembers.Select((member, i) => (Member: $"{space.TypeName}.{Identifier(member)}", Index: Number(i))).ToList();
        w.WriteLine($$"""
            public bool TryIndexOf({{space.TypeName}} value, out int index)
            {
                index = value switch
                {
            {{string.Join("\n", members.Select(m => $"        {m.Member} => {m.Index},"))}}
                    _ => -1,
                };
                return index >= 0;
            }

            public {{space.TypeName}} ValueAt(int index) => index switch
            {
            {{string.Join("\n", members.Select(m => $"    {m.Index} => {m.Member},"))}}
                _ => {{OutOfRange}},
            };
            """);
    }

    private static void WriteComposite(SourceWriter w, DomainSpec space)
    {
        var locals = Locals(space.Fields);
        var digits = space.Fields.Select((field, i) => IndexDigit(field, locals[i]));
        // The last field is the least significant digit, so it is peeled off first.
        var values = Enumerable.Range(0, space.Fields.Count).Reverse().Select(i => FieldValue(space.Fields[i], locals[i], first: i == 0));
        var construction = space.Construction == Construction.Constructor
            ? $"new {space.TypeName}({string.Join(", ", locals)})"
            : $"new {space.TypeName} {{ {string.Join(", ", space.Fields.Select((f, i) => $"{Identifier(f.Name)} = {locals[i]}"))} }}";
        w.WriteLine($$"""
            public bool TryIndexOf({{space.TypeName}} value, out int index)
            {
                index = 0;
            {{Indented(digits)}}
                return true;
            }

            public {{space.TypeName}} ValueAt(int index)
            {
            {{Indented(values)}}
                return {{construction}};
            }
            """);
    }

    /// <summary>Checks one field of <c>value</c> and adds its digit to <c>index</c>.</summary>
    private static string IndexDigit(FieldSpec field, string local)
    {
        var read = $"value.{Identifier(field.Name)}";
        var radix = Number(field.Radix);
        switch (field.Kind)
        {
            case FieldKind.Bool:
                return $"index = index * 2 + ({read} ? 1 : 0);";
            case FieldKind.Integer:
                var digit = $"index = index * {radix} + {IntegerType.Digit(field, read)};";
                return IntegerType.OutsideRange(field, read) is { } outside
                    ? $$"""
                      if ({{outside}})
                          return false;
                      {{digit}}
                      """
                    : digit;
            default:
                return $$"""
                    if (!default({{field.Nested!.SpaceName}}).TryIndexOf({{read}}, out int {{local}}))
                        return false;
                    index = index * {{radix}} + {{local}};
                    """;
        }
    }

    /// <summary>Reads one field's value off the low digit of <c>index</c>, then drops that digit; the first field takes what is left.</summary>
    private static string FieldValue(FieldSpec field, string local, bool first)
    {
        var radix = Number(field.Radix);
        var digit = first ? "index" : $"index % {radix}";
        var value = field.Kind switch
        {
            FieldKind.Bool => $"{digit} != 0",
            FieldKind.Integer => IntegerType.Value(field, digit),
            _ => $"default({field.Nested!.SpaceName}).ValueAt({digit})",
        };
        var type = field.Kind == FieldKind.Bool ? "bool" : field.TypeName;
        return first
            ? $"{type} {local} = {value};"
            : $"""
              {type} {local} = {value};
              index /= {radix};
              """;
    }

    /// <summary>Lines for a template's method body, one level in.</summary>
    private static string Indented(IEnumerable<string> blocks) =>
        string.Join("\n", blocks.SelectMany(block => block.Split('\n')).Select(line => "    " + line.TrimEnd('\r')));

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
                unique = name + Number(n);
            locals[i] = Identifier(unique);
        }
        return locals;
    }
}
