using MdpDsl.Generator.Parsing;
using MdpDsl.Generator.Tests.Driving;

namespace MdpDsl.Generator.Tests.Generation;

/// <summary>
/// Whatever the parser accepts must compile once generated: a model the generator cannot write needs a
/// diagnostic, not errors inside generated code that the user cannot edit. Each case is a legal model that
/// stresses one naming or arithmetic corner of the emitter.
/// </summary>
public sealed class AcceptedModelsCompileTests
{
    private static string Model(string state, string stateType, string action = "[Action] public enum Move { Stay }", string actionType = "Move", string extra = "") => $$"""
        using MdpDsl;

        namespace Corners;

        [Mdp(Discount = 0.9)]
        public partial class Corner
        {
            {{state}}

            {{action}}

            {{extra}}

            [Reward] public static double Cost({{stateType}} s, {{actionType}} a) => -1;

            [Transition] public static {{stateType}} Step({{stateType}} s, {{actionType}} a) => s;
        }
        """;

    /// <summary>Each case by a name that says what is unusual about it, for a readable test list.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        // A game whose state is the last move played: one enum is both the state and the action type.
        { "EnumIsStateAndAction", Model("[State, Action] public enum Hand { Rock, Paper, Scissors }", "Hand", action: "", actionType: "Hand") },
        // A helper type of the user's named like the generated private struct.
        { "UserTypeNamedDynamics", Model("[State] public enum Light { Red, Green }", "Light", extra: "private static class Dynamics { public const double Gravity = 9.81; }") },
        // Fields named with C# keywords, escaped in the declaration.
        { "KeywordFieldNames", Model("[State] public readonly record struct Slot([Range(0, 2)] int @event, bool @fixed);", "Slot") },
        // Two fields whose names differ only in the case of their first letter.
        { "FieldNamesDifferingInCase", Model("[State] public readonly record struct Pair([Range(0, 2)] int Level, bool level);", "Pair") },
        // An int range at the bottom of int: its offset does not fit an int.
        // Names the emitter already steers around: locals 'index' and 'value' would clash with its parameters.
        { "FieldsNamedIndexAndValue", Model("[State] public readonly record struct Box([Range(0, 2)] int Index, bool Value);", "Box") },
        { "IntRangeAtIntMinValue", Model("[State] public readonly record struct Low([Range(int.MinValue, int.MinValue + 2)] int Value);", "Low") },
        // One record struct is both the state and the action type: a move that names the cell it goes to.
        { "RecordStructIsStateAndAction", Model("[State, Action] public readonly record struct Spot([Range(0, 2)] int X, bool Up);", "Spot", action: "", actionType: "Spot") },
        // An action nesting an [Action] record next to an enum the state uses too, and a negative range.
        {
            "NestedActionSharingAnEnumWithTheState",
            Model("public enum Side { Left, Right } [State] public readonly record struct At(Side Side);", "At",
                action: "[Action] public readonly record struct Shift([Range(-2, 2)] int By); [Action] public readonly record struct Order(Shift Shift, Side Toward);", actionType: "Order")
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles(string name, string source)
    {
        var type = ModelCompilation.Create(source).GetTypeByMetadataName("Corners.Corner")!;
        Assert.Empty(ModelParser.Parse(type, default).Diagnostics);

        GeneratorHarness.Run(source).AssertClean(name);
    }
}
