using System.Text;

namespace MdpDsl.Analyzers.Tests.Robustness.Declarations;

/// <summary>Where a type sits and how visible it is, written as C# declares it.</summary>
/// <param name="Modifier">The accessibility keyword(s), or "" for C#'s default.</param>
/// <param name="Rank">How far a member that uses the type may be seen: 0 private, 1 internal, 2 public.</param>
internal sealed record Access(string Modifier, int Rank)
{
    public static readonly Access Public = new("public", 2);
    public static readonly Access Internal = new("internal", 1);
    public static readonly Access Private = new("private", 0);
    public static readonly Access Protected = new("protected", 0);
    public static readonly Access File = new("file", 0);

    /// <summary>No modifier: private when nested, internal at the top level.</summary>
    public static Access Default(bool nested) => new("", nested ? 0 : 1);

    public string Prefix => Modifier.Length == 0 ? "" : Modifier + " ";
}

/// <summary>A field of a struct or record state: its name, its C# type and its domain.</summary>
internal abstract record Field(string Name)
{
    /// <summary>How many values the field takes.</summary>
    public abstract System.Numerics.BigInteger Count { get; }

    /// <summary>The field as a positional parameter or a property type, with its attribute.</summary>
    public abstract string Declaration { get; }
}

/// <summary>An integer with <c>[Range(Min, Max)]</c>.</summary>
internal sealed record RangeField(string Name, string Type, string Min, string Max, System.Numerics.BigInteger Low, System.Numerics.BigInteger High) : Field(Name)
{
    public override System.Numerics.BigInteger Count => High - Low + 1;

    public override string Declaration => $"[Range({Min}, {Max})] {Type} {Name}";
}

/// <summary>A <c>bool</c>: two values.</summary>
internal sealed record BoolField(string Name) : Field(Name)
{
    public override System.Numerics.BigInteger Count => 2;

    public override string Declaration => $"bool {Name}";
}

/// <summary>A field of the model's helper enum <c>Mode</c>.</summary>
internal sealed record EnumField(string Name, int Members) : Field(Name)
{
    public override System.Numerics.BigInteger Count => Members;

    public override string Declaration => $"Mode {Name}";
}

/// <summary>How a struct or record state is written.</summary>
internal enum StateKind { Enum, ReadonlyRecordStruct, RecordStruct, RecordClass, InitStruct, InitClass, RefStruct, PrivateConstructorClass }

/// <summary>How the transition member is written.</summary>
internal enum TransitionKind { Deterministic, Yield, Array, ByRefState }

/// <summary>Which state arguments the reward takes.</summary>
internal enum RewardKind { State, StateAction, StateActionNext }

/// <summary>How the start state is declared, if at all.</summary>
internal enum InitialKind { None, Property, Method, Distribution, WriteOnly }

/// <summary>How a member is marked obsolete, if at all.</summary>
internal enum Obsoleteness { None, Warning, Error }

/// <summary>
/// One declaration of a whole model, as a user might write it: where it lives, how visible each part is, what its
/// names are and how its members are shaped. <see cref="Render"/> writes it as C#; every choice is legal C# on its
/// own, so that whatever goes wrong is the generator's or an analyzer's to answer.
/// </summary>
internal sealed record Declaration(
    string? Namespace,
    bool FileScopedNamespace,
    IReadOnlyList<(string Keyword, string Name, Access Access)> Containers,
    string ModelName,
    Access ModelAccess,
    bool ModelSealed,
    string Settings,
    StateKind StateKind,
    string StateName,
    bool StateNested,
    Access StateAccess,
    IReadOnlyList<Field> Fields,
    IReadOnlyList<string> StateMembers,
    bool ActionIsStruct,
    string ActionName,
    bool ActionNested,
    Access ActionAccess,
    IReadOnlyList<string> ActionMembers,
    Access MemberAccess,
    bool Instance,
    RewardKind Reward,
    TransitionKind Transition,
    InitialKind Initial,
    bool Terminal,
    bool Allowed,
    Obsoleteness Obsolete,
    IReadOnlyList<string> MemberNames,
    bool Derived)
{
    /// <summary>
    /// Whether the declaration is legal C# before any code is generated for it. Only a <c>ref struct</c> state is
    /// not: it cannot be a type argument, yet a model must hand its states to the runtime's generic types.
    /// </summary>
    public bool IsLegalCSharp => StateKind != StateKind.RefStruct;

    /// <summary>The number of states the model declares: what a compiled model must hold.</summary>
    public System.Numerics.BigInteger ExpectedStates =>
        StateKind == StateKind.Enum ? StateMembers.Count : Fields.Aggregate(System.Numerics.BigInteger.One, (product, next) => product * next.Count);

    /// <summary>The number of actions the model declares: the enum's members, or the struct's three sizes.</summary>
    public int ExpectedActions => ActionIsStruct ? 3 : ActionMembers.Count;

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using MdpDsl;");
        text.AppendLine();
        var blockNamespace = Namespace is not null && !FileScopedNamespace;
        if (Namespace is not null)
            text.AppendLine(FileScopedNamespace ? $"namespace {Namespace};" : $"namespace {Namespace}\n{{");
        text.AppendLine();

        foreach (var (keyword, name, access) in Containers)
            text.AppendLine($"{access.Prefix}{(keyword == "static class" ? "static partial class" : "partial " + keyword)} {name}\n{{");

        if (!StateNested)
            AppendStateTypes(text);
        if (!ActionNested)
            AppendAction(text);

        text.AppendLine($"[Mdp({Settings})]");
        text.AppendLine($"{ModelAccess.Prefix}{(ModelSealed ? "sealed " : "")}partial class {ModelName}\n{{");
        if (StateNested)
            AppendStateTypes(text);
        if (ActionNested)
            AppendAction(text);
        AppendMembers(text);
        text.AppendLine("}");

        if (Derived)
            text.AppendLine($"[Mdp(Discount = 0.5)]\n{ModelAccess.Prefix}partial class Faster{ModelName.TrimStart('@')} : {ModelName}\n{{\n}}");

        foreach (var _ in Containers)
            text.AppendLine("}");
        if (blockNamespace)
            text.AppendLine("}");
        return text.ToString();
    }

    private void AppendStateTypes(StringBuilder text)
    {
        if (Fields.OfType<EnumField>().Any())
            text.AppendLine($"{StateAccess.Prefix}enum Mode {{ Off, On, Auto }}");
        var state = $"[State] {StateAccess.Prefix}";
        var parameters = string.Join(", ", Fields.Select(field => field.Declaration));
        var properties = string.Concat(Fields.Select(field => $"    {PropertyAttribute(field)}public {PropertyType(field)} {field.Name} {{ get; init; }}\n"));
        text.AppendLine(StateKind switch
        {
            StateKind.Enum => $"{state}enum {StateName} {{ {string.Join(", ", StateMembers)} }}",
            StateKind.ReadonlyRecordStruct => $"{state}readonly record struct {StateName}({parameters});",
            StateKind.RecordStruct => $"{state}record struct {StateName}({parameters});",
            StateKind.RecordClass => $"{state}sealed record {StateName}({parameters});",
            StateKind.InitStruct => $"{state}struct {StateName}\n{{\n{properties}}}",
            StateKind.InitClass => $"{state}sealed class {StateName} : global::System.IEquatable<{StateName}>\n{{\n{properties}" +
                $"    public bool Equals({StateName}? other) => other is not null && {Equality()};\n" +
                $"    public override bool Equals(object? other) => Equals(other as {StateName});\n" +
                $"    public override int GetHashCode() => 0;\n}}",
            StateKind.RefStruct => $"{state}ref struct {StateName}\n{{\n{properties}}}",
            _ => $"{state}sealed record {StateName}\n{{\n    private {StateName}() {{ }}\n{properties}}}",
        });
    }

    /// <summary>An expression for a state inside the declared domain: every field at its minimum.</summary>
    private string FirstState()
    {
        if (StateKind == StateKind.Enum)
            return $"{StateName}.{StateMembers[0]}";
        string Minimum(Field field) => field switch
        {
            RangeField range => range.Min,
            BoolField => "false",
            _ => "Mode.Off",
        };
        return StateKind switch
        {
            StateKind.ReadonlyRecordStruct or StateKind.RecordStruct or StateKind.RecordClass =>
                $"new {StateName}({string.Join(", ", Fields.Select(Minimum))})",
            StateKind.PrivateConstructorClass => $"default({StateName})!",
            _ => $"new {StateName} {{ {string.Join(", ", Fields.Select(field => $"{field.Name} = {Minimum(field)}"))} }}",
        };
    }

    private string Equality() => Fields.Count == 0 ? "true" : string.Join(" && ", Fields.Select(field => $"{field.Name} == other.{field.Name}"));

    private static string PropertyAttribute(Field field) => field is RangeField range ? $"[Range({range.Min}, {range.Max})] " : "";

    private static string PropertyType(Field field) => field switch
    {
        RangeField range => range.Type,
        BoolField => "bool",
        _ => "Mode",
    };

    private void AppendAction(StringBuilder text)
    {
        text.AppendLine(ActionIsStruct
            ? $"[Action] {ActionAccess.Prefix}readonly record struct {ActionName}([Range(0, 2)] int Size);"
            : $"[Action] {ActionAccess.Prefix}enum {ActionName} {{ {string.Join(", ", ActionMembers)} }}");
    }

    private void AppendMembers(StringBuilder text)
    {
        var access = MemberAccess.Prefix;
        var scope = Instance ? "" : "static ";
        string Name(int i) => MemberNames[i];
        var obsolete = Obsolete switch
        {
            Obsoleteness.Warning => "[global::System.Obsolete(\"Kept for old callers\")] ",
            Obsoleteness.Error => "[global::System.Obsolete(\"Removed\", true)] ",
            _ => "",
        };
        var (s, a) = (StateName, ActionName);

        if (Instance)
            text.AppendLine("    public double Cost { get; set; } = 1;");
        var cost = Instance ? "-Cost" : "-1";
        text.AppendLine(Reward switch
        {
            RewardKind.State => $"    [Reward] {obsolete}{access}{scope}double {Name(0)}({s} s) => {cost};",
            RewardKind.StateAction => $"    [Reward] {obsolete}{access}{scope}double {Name(0)}({s} s, {a} a) => {cost};",
            _ => $"    [Reward] {obsolete}{access}{scope}double {Name(0)}({s} s, {a} a, {s} next) => {cost};",
        });
        text.AppendLine(Transition switch
        {
            TransitionKind.Deterministic => $"    [Transition] {access}{scope}{s} {Name(1)}({s} s, {a} a) => s;",
            TransitionKind.Yield => $"    [Transition] {access}{scope}IEnumerable<({s}, double)> {Name(1)}({s} s, {a} a)\n    {{\n        yield return (s, 0.25);\n        yield return (s, 0.75);\n    }}",
            TransitionKind.Array => $"    [Transition] {access}{scope}IEnumerable<({s} Next, double Probability)> {Name(1)}({s} s, {a} a) => new[] {{ (s, 1.0) }};",
            _ => $"    [Transition] {access}{scope}{s} {Name(1)}(ref {s} s, {a} a) => s;",
        });
        var first = FirstState();
        text.AppendLine(Initial switch
        {
            InitialKind.None => "",
            InitialKind.Property => $"    [Initial] {access}{scope}{s} {Name(2)} => {first};",
            InitialKind.Method => $"    [Initial] {access}{scope}{s} {Name(2)}() => {first};",
            InitialKind.Distribution => $"    [Initial] {access}{scope}IEnumerable<({s}, double)> {Name(2)} => new[] {{ ({first}, 1.0) }};",
            _ => $"    [Initial] {access}{scope}{s} {Name(2)} {{ set {{ }} }}",
        });
        if (Terminal)
            text.AppendLine($"    [Terminal] {access}{scope}bool {Name(3)}({s} s) => false;");
        if (Allowed)
            text.AppendLine($"    [Allowed] {access}{scope}bool {Name(4)}({s} s, {a} a) => true;");
    }
}
