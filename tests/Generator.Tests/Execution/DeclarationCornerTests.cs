using MdpDsl.Generator.Tests.Driving;

namespace MdpDsl.Generator.Tests.Execution;

/// <summary>
/// Declarations a user may write that C# accepts and that the generated code must fit: types without
/// <c>public</c>, keywords as names, a class named like a generated type, extreme integer ranges, a model derived
/// from a model. Each compiles with no warning in generated code (every warning wave on, as with
/// TreatWarningsAsErrors), and runs: a probe inside the model, where even private members are in reach, walks
/// every index through <c>StateAt</c> and <c>IndexOf</c> and solves the model.
/// </summary>
/// <remarks>
/// Every model costs −1 per step with discount ½ and never ends, so each state's value is the geometric series
/// −1 − ½ − ¼ − … = −2, whatever the state space: a miswired reward, discount or index shows as another number.
/// </remarks>
public sealed class DeclarationCornerTests
{
    /// <summary>A model of the given parts; <c>S</c> and <c>A</c> in the members stand for the state and action type names.</summary>
    private static string Model(
        string state,
        string action,
        string stateType,
        string actionType,
        string name = "Corner",
        string modifiers = "public",
        string namespaceLine = "namespace Corners;",
        string reward = "Cost",
        string transition = "Step",
        string? transitionDeclaration = null,
        string extra = "",
        string memberAttributes = "",
        string opening = "",
        string closing = "") => $$"""
        using System;
        using System.Collections.Generic;
        using MdpDsl;

        {{namespaceLine}}

        {{opening}}
        [Mdp(Discount = 0.5)]
        {{modifiers}} partial class {{name}}
        {
            {{state}}

            {{action}}

            {{extra}}

            [Reward]{{memberAttributes}} static double {{reward}}({{stateType}} s, {{actionType}} a) => -1;

            {{transitionDeclaration ?? $"[Transition]{memberAttributes} static {stateType} {transition}({stateType} s, {actionType} a) => s;"}}

            public static double[] Probe()
            {
                var solution = Compile().ValueIteration();
                var values = new List<double>();
                for (var i = 0; i < StateCount; i++)
                {
                    if (IndexOf(StateAt(i)) != i)
                        throw new InvalidOperationException($"State {i} indexes as {IndexOf(StateAt(i))}");
                    values.Add(solution.V[StateAt(i)]);
                }
                return values.ToArray();
            }
        }
        {{closing}}
        """;

    private const string Cell = "[State] record struct Cell([Range(0, 3)] int X);";
    private const string Move = "[Action] enum Move { Stay, Go }";

    /// <summary>Each case by a name that says what is unusual about it, the metadata name of its class, and its state count.</summary>
    public static TheoryData<string, string, string, int> Cases => new()
    {
        // C#'s default for a nested type is private: the first thing many users write.
        { "PrivateNestedStateAndAction", Model(Cell, Move, "Cell", "Move"), "Corners.Corner", 4 },
        { "InternalStatePublicAction", Model("[State] internal enum Light { Red, Amber, Green }", "[Action] public enum Move { Stay }", "Light", "Move"), "Corners.Corner", 3 },
        // Protected and internal meet at private protected.
        {
            "ProtectedStateInternalAction",
            Model("[State] protected enum Light { Red, Green }", "[Action] internal enum Move { Stay }", "Light", "Move"),
            "Corners.Corner", 2
        },
        { "ProtectedInternalState", Model("[State] protected internal enum Light { Red, Green }", "[Action] public enum Move { Stay }", "Light", "Move"), "Corners.Corner", 2 },
        // A public model inside an internal class, itself private in another: the types are public, the model is not.
        {
            "PublicModelInsidePrivateClass",
            Model("[State] public enum Light { Red, Green }", "[Action] public enum Move { Stay }", "Light", "Move",
                opening: "internal static partial class Outer { private static partial class Middle {", closing: "} }"),
            "Corners.Outer+Middle+Corner", 2
        },
        { "InternalModel", Model(Cell, Move, "Cell", "Move", modifiers: "internal sealed"), "Corners.Corner", 4 },
        // Keywords as names, written verbatim: a namespace, the class, fields, enum members and member names.
        {
            "KeywordsWrittenVerbatim",
            Model("[State] public record struct @struct([Range(0, 2)] int @event, bool @fixed);", "[Action] public enum @enum { @default, @in, @double }", "@struct", "@enum",
                name: "@class", namespaceLine: "namespace Game.@event;", reward: "@out", transition: "@double"),
            "Game.event.class", 6
        },
        // Contextual keywords and a lower-case name, which the compiler warns about as type names.
        {
            "ContextualKeywordNames",
            Model("[State] public record struct on([Range(0, 1)] int value, bool var);", "[Action] public enum async { await, yield }", "on", "async", name: "game", namespaceLine: "namespace Game.@var;"),
            "Game.var.game", 4
        },
        // The class named like the generated typed model, and like the struct that forwards its members.
        { "ClassNamedModel", Model(Cell, Move, "Cell", "Move", name: "Model"), "Corners.Model", 4 },
        { "ClassNamedDynamics", Model(Cell, Move, "Cell", "Move", name: "Dynamics"), "Corners.Dynamics", 4 },
        // State and action types named like the generated types, declared outside the class: a nested Model or
        // Dynamics would make the user's own signatures bind to the generated types instead.
        {
            "OuterStateAndActionNamedModelAndDynamics",
            Model("", "", "Model", "Dynamics", opening: "public static partial class Outer { [State] public enum Model { A, B } [Action] public enum Dynamics { Stay }", closing: "}"),
            "Corners.Outer+Corner", 2
        },
        // A protected state in a sealed class: generated members narrow to private, where protected would warn (CS0628).
        { "ProtectedStateInSealedClass", Model("[State] protected enum Light { Red, Green }", Move, "Light", "Move", modifiers: "public sealed"), "Corners.Corner", 2 },
        // A state type named like the space struct that indexes another.
        { "StateNamedLikeASpace", Model("[State] enum MoveSpace { A, B }", Move, "MoveSpace", "Move"), "Corners.Corner", 2 },
        // Ranges at both ends of every integer type: offsets that do not exist as the type's negation, digits that wrap.
        {
            "RangesAtTheEndsOfTheirTypes",
            Model(
                """
                [State] public readonly record struct Extremes(
                    [Range(long.MinValue, long.MinValue + 2)] long LowLong,
                    [Range(long.MaxValue - 1, long.MaxValue)] long HighLong,
                    [Range(long.MaxValue - 1, long.MaxValue)] ulong HighUlong,
                    [Range(int.MinValue, int.MinValue + 1)] int LowInt,
                    [Range(int.MaxValue - 1, int.MaxValue)] int HighInt,
                    [Range(uint.MaxValue - 1, uint.MaxValue)] uint HighUint,
                    [Range(-128, -127)] sbyte LowSbyte,
                    [Range(254, 255)] byte HighByte,
                    [Range(short.MinValue, short.MinValue + 1)] short LowShort,
                    [Range(ushort.MaxValue - 1, ushort.MaxValue)] ushort HighUshort);
                """, Move, "Extremes", "Move"),
            "Corners.Corner", 3 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2 * 2
        },
        // A reference-type state, and members whose signatures admit null: the generated calls stay warning-free.
        {
            "NullableAnnotatedMembers",
            Model("[State] public sealed record Cell([property: Range(0, 2)] int X);", Move, "Cell", "Move",
                extra: "[Initial] static Cell? Start => new(0); [Terminal] static bool End(Cell? s) => false;"),
            "Corners.Corner", 3
        },
        {
            "NullableAnnotatedDistributions",
            Model("[State] public sealed record Cell([property: Range(0, 2)] int X);", Move, "Cell", "Move",
                extra: "[Initial] static IEnumerable<(Cell?, double)>? Start() => new (Cell?, double)[] { (new Cell(0), 1.0) };",
                transitionDeclaration: "[Transition] static IEnumerable<(Cell?, double)>? Walk(Cell s, Move a) => new (Cell?, double)[] { (s, 1.0) };"),
            "Corners.Corner", 3
        },
        // A transition that fills the compiler's buffer, of a nullable reference-type state: the buffer is passed as is.
        {
            "NullableAnnotatedSink",
            Model("[State] public sealed record Cell([property: Range(0, 2)] int X);", Move, "Cell", "Move",
                transitionDeclaration: "[Transition] static void Walk(Cell s, Move a, Successors<Cell?> next) => next.Add(s, 1.0);"),
            "Corners.Corner", 3
        },
                // Obsolete types and members: the warnings belong at the user's own uses, not in generated code.
        {
            "ObsoleteTypesAndMembers",
            Model("[Obsolete] [State] public enum Light { Red, [Obsolete(\"use Red\")] Crimson }", "[Obsolete(\"old\")] [Action] public enum Move { Stay }", "Light", "Move", memberAttributes: " [Obsolete(\"old\")]"),
            "Corners.Corner", 2
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_without_warnings_and_runs(string name, string source, string typeName, int stateCount)
    {
        GeneratorHarness.Run(source).AssertClean(name);
        var model = LoadedModel.Load(source, typeName);

        var values = (double[])model.Type.GetMethod("Probe")!.Invoke(null, null)!;

        Assert.Equal(stateCount, values.Length);
        Assert.All(values, value => Assert.Equal(-2.0, value, 1e-6));
    }
}
