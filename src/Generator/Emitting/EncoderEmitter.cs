using System.Collections.Generic;
using System.Linq;
using MdpDsl.Generator.Model;
using static MdpDsl.Generator.Emitting.CSharpNames;

namespace MdpDsl.Generator.Emitting;

/// <summary>
/// Writes the feature encoders of a model's state and action types: <c>FeatureCount</c> and <c>Encoder</c>,
/// <c>ActionFeatureCount</c> and <c>ActionEncoder</c>, each backed by a private struct whose <c>Encode</c> writes
/// straight-line code over the same fields the space structs index. Bools and enums are one-hot; an integer is
/// one-hot, scaled to [0, 1] or both, as its [Encoding] says or by the default its range gives; a nested type
/// is flattened into its own fields' features. An action is encoded exactly like a state: an enum one-hot, a
/// struct field by field. A reachable model whose state has a field of no finite domain gets no state encoder.
/// </summary>
internal static class EncoderEmitter
{
    /// <summary>The longest feature vector an encoder writes: a .NET array's length, since a learner holds one.</summary>
    private const long MaxFeatures = 0x7FFFFFC7;

    public static void WriteMembers(SourceWriter w, MdpSpec spec)
    {
        if (Encodable(spec) is { } state)
        {
            w.WriteLine($$"""

                /// <summary>The length of <see cref="Encoder"/>'s feature vectors.</summary>
                {{ModelEmitter.Modifiers(spec, Access.Public, GeneratedMembers.FeatureCount)}}const int FeatureCount = {{Number(state.FeatureCount)}};

                /// <summary>
                /// Features φ(s) of a state for learners that approximate rather than tabulate: {{Layout(state)}}.
                /// One-hot blocks hold a single 1, scaled features lie in [0, 1]; <c>Encode</c> allocates nothing and throws
                /// <see cref="global::System.ArgumentOutOfRangeException"/> for a state outside its declared ranges.
                /// </summary>
                {{ModelEmitter.Generated}}
                {{ModelEmitter.Modifiers(spec, spec.StateAccess, GeneratedMembers.Encoder)}}static global::MdpDsl.IStateEncoder<{{state.TypeName}}> Encoder { get; } = default({{spec.Encoding.StateEncoder}});
                """);
        }
        if (spec.Action.FeatureCount > MaxFeatures)
            return;
        w.WriteLine($$"""

            /// <summary>The length of <see cref="ActionEncoder"/>'s feature vectors.</summary>
            {{ModelEmitter.Modifiers(spec, Access.Public, GeneratedMembers.ActionFeatureCount)}}const int ActionFeatureCount = {{Number(spec.Action.FeatureCount)}};

            /// <summary>
            /// Features of an action, for critics over (s, a): {{Layout(spec.Action)}}.
            /// <c>Encode</c> allocates nothing.
            /// </summary>
            {{ModelEmitter.Generated}}
            {{ModelEmitter.Modifiers(spec, spec.ActionAccess, GeneratedMembers.ActionEncoder)}}static global::MdpDsl.IStateEncoder<{{spec.Action.TypeName}}> ActionEncoder { get; } = default({{spec.Encoding.ActionEncoder}});
            """);
    }

    public static void WriteEncoders(SourceWriter w, MdpSpec spec)
    {
        if (Encodable(spec) is { } state)
        {
            w.WriteLine();
            WriteEncoder(w, state, spec.Encoding.StateEncoder, "state");
        }
        if (spec.Encoding.ActionEncoder != spec.Encoding.StateEncoder && spec.Action.FeatureCount <= MaxFeatures)
        {
            w.WriteLine();
            WriteEncoder(w, spec.Action, spec.Encoding.ActionEncoder, "action");
        }
    }

    /// <summary>The state's domain when it gets an encoder: finite, with a feature vector an array can hold.</summary>
    private static DomainSpec? Encodable(MdpSpec spec) => spec.FiniteState is { FeatureCount: <= MaxFeatures } state ? state : null;

    private static void WriteEncoder(SourceWriter w, DomainSpec domain, string name, string parameter)
    {
        var count = Number(domain.FeatureCount);
        var body = new List<string>();
        Encode(domain, parameter, Cref(domain.TypeName).Split('.').Last(), parameter, 0, body, new HashSet<string> { parameter, "features" });
        w.WriteLine($$"""
            /// <summary>Encodes <see cref="{{Cref(domain.TypeName)}}"/> as {{count}} features.</summary>
            {{ModelEmitter.Generated}}
            private readonly struct {{name}} : global::MdpDsl.IStateEncoder<{{domain.TypeName}}>
            {
                public int FeatureCount => {{count}};

                public void Encode({{domain.TypeName}} {{parameter}}, global::System.Span<double> features)
                {
                    if (features.Length < {{count}})
                        throw new global::System.ArgumentException("The feature vector needs {{count}} entries.", nameof(features));
                    features.Slice(0, {{count}}).Clear();
            {{string.Join("\n", body.SelectMany(block => block.Split('\n')).Select(line => line.Length == 0 ? "" : "        " + line))}}
                }
            }
            """);
    }

    /// <summary>
    /// Appends the statements that encode <paramref name="read"/>, a value of <paramref name="domain"/>, from feature
    /// <paramref name="offset"/> on, one block per field, and returns the offset after them.
    /// </summary>
    private static int Encode(DomainSpec domain, string read, string label, string parameter, int offset, List<string> body, HashSet<string> locals)
    {
        if (domain.Kind == DomainKind.Enum)
        {
            body.Add(OneHotMember(domain, read, label, parameter, offset, Local(label, locals)));
            return offset + (int)domain.FeatureCount;
        }
        foreach (var field in domain.Fields)
        {
            var fieldRead = $"{read}.{Identifier(field.Name)}";
            var fieldLabel = label + "." + field.Name;
            if (field.Kind == FieldKind.Nested && field.Nested!.Kind == DomainKind.Composite)
            {
                offset = Encode(field.Nested, fieldRead, fieldLabel, parameter, offset, body, locals);
                continue;
            }
            if (body.Count > 0)
                body.Add("");
            body.Add(field.Kind switch
            {
                FieldKind.Bool => $"""
                    // {fieldLabel}: one-hot, false then true (features {Span(offset, 2)}).
                    features[{Number(offset)} + ({fieldRead} ? 1 : 0)] = 1.0;
                    """,
                FieldKind.Integer => Integer(field, fieldRead, fieldLabel, parameter, offset),
                _ => OneHotMember(field.Nested!, fieldRead, fieldLabel, parameter, offset, Local(field.Name, locals)),
            });
            offset += (int)field.FeatureCount;
        }
        return offset;
    }

    private static string OneHotMember(DomainSpec domain, string read, string label, string parameter, int offset, string local) => $$"""
        // {{label}}: one-hot, one feature per member in declaration order (features {{Span(offset, (int)domain.FeatureCount)}}).
        if (!default({{domain.SpaceName}}).TryIndexOf({{read}}, out int {{local}}))
            throw new global::System.ArgumentOutOfRangeException(nameof({{parameter}}), {{parameter}}, "{{label}} is not a declared member of its enum.");
        features[{{Add(offset, local)}}] = 1.0;
        """;

    private static string Integer(FieldSpec field, string read, string label, string parameter, int offset)
    {
        var lines = new List<string>();
        var range = $"[Range({Number(field.Min)}, {Number(field.Max)})]";
        if (IntegerType.OutsideRange(field, read) is { } outside)
        {
            lines.Add($$"""
                if ({{outside}})
                    throw new global::System.ArgumentOutOfRangeException(nameof({{parameter}}), {{parameter}}, "{{label}} lies outside its {{range}}.");
                """);
        }
        var digit = IntegerType.Digit(field, read);
        if ((field.Encoding & FieldEncoding.OneHot) != 0)
        {
            lines.Insert(0, $"// {label}: one-hot over {range} (features {Span(offset, (int)field.Radix)}).");
            lines.Add($"features[{Add(offset, digit)}] = 1.0;");
            offset += (int)field.Radix;
        }
        if ((field.Encoding & FieldEncoding.Scaled) == 0)
            return string.Join("\n", lines);

        var fromMin = field.Min switch
        {
            0 => "value",
            < 0 => $"(value + {Number(-field.Min)})",
            _ => $"(value − {Number(field.Min)})",
        };
        // A range of one value has nothing to scale by: its feature stays 0.
        var scaled = field.Span == 0
            ? $"{label}: scaled, always 0, since its {range} holds one value (feature {Number(offset)})"
            : $"{label}: scaled, {fromMin} / {Number((long)field.Span)} over {range} (feature {Number(offset)})";
        if ((field.Encoding & FieldEncoding.OneHot) != 0)
            lines.Add($"// {scaled}.");
        else
            lines.Insert(0, $"// {scaled}.");
        lines.Add(field.Span == 0
            ? $"features[{Number(offset)}] = 0.0;"
            : $"features[{Number(offset)}] = {digit} / {Number((double)field.Span)};");
        return string.Join("\n", lines);
    }

    /// <summary>Where each field's features lie, for the XML docs: "X one-hot 0–4, Load scaled 5".</summary>
    private static string Layout(DomainSpec domain)
    {
        if (domain.Kind == DomainKind.Enum)
            return $"one-hot, one feature per member of <see cref=\"{Cref(domain.TypeName)}\"/> (features {Span(0, (int)domain.FeatureCount)})";
        var parts = new List<string>();
        Layout(domain, "", 0, parts);
        return string.Join(", ", parts);
    }

    private static int Layout(DomainSpec domain, string prefix, int offset, List<string> parts)
    {
        foreach (var field in domain.Fields)
        {
            var label = prefix + field.Name;
            if (field.Kind == FieldKind.Nested && field.Nested!.Kind == DomainKind.Composite)
            {
                offset = Layout(field.Nested, label + ".", offset, parts);
                continue;
            }
            var how = field.Kind != FieldKind.Integer ? "one-hot"
                : field.Encoding == (FieldEncoding.OneHot | FieldEncoding.Scaled) ? "one-hot then scaled"
                : field.Encoding == FieldEncoding.Scaled ? "scaled" : "one-hot";
            parts.Add($"{label} {how} ({Span(offset, (int)field.FeatureCount)})");
            offset += (int)field.FeatureCount;
        }
        return offset;
    }

    /// <summary>Features <paramref name="offset"/> to offset + count − 1, as "5" or "5–9".</summary>
    private static string Span(int offset, int count) =>
        count == 1 ? Number(offset) : $"{Number(offset)}–{Number(offset + count - 1)}";

    private static string Add(int offset, string digit) => offset == 0 ? digit : $"{Number(offset)} + {digit}";

    /// <summary>A local for an enum's index, named after its field in camelCase and unique in the method.</summary>
    private static string Local(string name, HashSet<string> locals)
    {
        var camel = char.ToLowerInvariant(name[0]) + name.Substring(1);
        var unique = camel;
        for (var n = 2; !locals.Add(unique); n++)
            unique = camel + Number(n);
        return Identifier(unique);
    }
}
