using System.Collections.Generic;
using System.Linq;
using MdpDsl.Generator.Model;
using static MdpDsl.Generator.Emitting.CSharpNames;

namespace MdpDsl.Generator.Emitting;

/// <summary>
/// Writes <c>CreateSimulator()</c>, which hands the model's dynamics to the runtime's table-free simulator, and the
/// struct that checks a successor against the state's declared ranges: the state space's own <c>TryIndexOf</c>
/// where there is an index, the fields' ranges where a reachable model has none, and nothing to check where a
/// reachable state declares no finite domain.
/// </summary>
internal static class SimulatorEmitter
{
    public static void WriteCreateSimulator(SourceWriter w, MdpSpec spec)
    {
        var (state, action) = (spec.State.TypeName, spec.Action.TypeName);
        var modifiers = ModelEmitter.Modifiers(spec, spec.ModelAccess, GeneratedMembers.CreateSimulator) + (spec.NeedsInstance ? "" : "static ");
        // A finite-horizon model's episodes last its horizon, as the tabular simulator's do.
        var stepLimit = spec.Horizon > 0 ? spec.Horizon : 1000;
        w.WriteLine($$"""

            /// <summary>
            /// A simulator that calls the [Transition] member once per step and samples its outcome, with no table: it runs
            /// models far too large for <see cref="Compile"/>. Every step checks what <see cref="Compile"/> checks of its
            /// (state, action), and throws the same exception at the step where a check fails.
            /// </summary>
            /// <param name="stepLimit">The steps after which an episode is truncated.</param>
            /// <exception cref="global::System.InvalidOperationException">The model declares no [Initial] state.</exception>
            /// <exception cref="global::MdpDsl.ModelValidationException">The initial distribution is not one, or its members threw.</exception>
            {{ModelEmitter.Generated}}
            {{modifiers}}global::MdpDsl.DirectSimulator<{{state}}, {{action}}> CreateSimulator(int stepLimit = {{Number(stepLimit)}})
            {
                global::MdpDsl.Compilation.MdpSettings settings = new(
                    {{ModelEmitter.SettingsArguments(spec)}});
                return global::MdpDsl.DirectSimulator<{{state}}, {{action}}>.Create(
                    {{ModelEmitter.DynamicsValue(spec)}}, default({{spec.Encoding.Bounds}}), default({{spec.Action.SpaceName}}), settings, stepLimit);
            }
            """);
    }

    public static void WriteBounds(SourceWriter w, MdpSpec spec)
    {
        var state = spec.State.TypeName;
        w.WriteLine($$"""

            /// <summary>Whether a state lies within the domain <see cref="{{Cref(state)}}"/> declares, for the table-free simulator.</summary>
            {{ModelEmitter.Generated}}
            private readonly struct {{spec.Encoding.Bounds}} : global::MdpDsl.IStateBounds<{{state}}>
            """);
        w.OpenBlock();
        w.WriteLine(spec.FiniteState switch
        {
            null => $"""
                // The state type declares no finite domain, so no successor lies outside it.
                public bool Contains({state} state) => true;
                """,
            { Kind: DomainKind.Composite } fields when spec.Reachable => $$"""
                public bool Contains({{state}} state)
                {
                {{string.Join("\n", fields.Fields.SelectMany(field => Check(field).Split('\n')).Select(line => "    " + line))}}
                    return true;
                }
                """,
            var indexed => $"public bool Contains({state} state) => default({indexed.SpaceName}).TryIndexOf(state, out _);",
        });
        w.CloseBlock();
    }

    /// <summary>Returns false when one field of <c>state</c> lies outside its domain; a nested type is checked by its space.</summary>
    private static string Check(FieldSpec field)
    {
        var read = $"state.{Identifier(field.Name)}";
        var outside = field.Kind switch
        {
            FieldKind.Bool => null,
            FieldKind.Integer => IntegerType.OutsideRange(field, read),
            _ => $"!default({field.Nested!.SpaceName}).TryIndexOf({read}, out _)",
        };
        return outside is null
            ? $"// {field.Name}: every value of its type is inside."
            : $"""
              if ({outside})
                  return false;
              """;
    }
}
