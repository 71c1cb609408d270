using System.Numerics;

namespace MdpDsl.Analyzers.Tests.Robustness.Declarations;

/// <summary>
/// Draws declarations across the axes on which user code varies: namespace and nesting, the accessibility of every
/// type and member, names that are keywords or clash with what the generator emits, the shape of the state, its
/// fields and their ranges, and the shape of each member. Most draws are ordinary models; a few are declarations no
/// generator could implement (a <c>ref</c> parameter, a <c>ref struct</c> state, an error-obsolete member), which
/// must draw an MDP error instead. Every choice comes from the given <see cref="Random"/>.
/// </summary>
internal sealed class DeclarationSampler
{
    private static readonly string?[] Namespaces = { null, "Games", "Games.Grid", "Games.@event", "@class.Models", "Models.System", "MdpDsl.Samples" };

    private static readonly string[] ModelNames = { "Walk", "Walk", "Walk", "Model", "Dynamics", "States", "Compile", "@event", "Cell", "Move" };

    private static readonly string[] StateNames = { "Cell", "Cell", "Position", "Model", "Dynamics", "State", "Move" };

    private static readonly string[] ActionNames = { "Move", "Move", "Step", "Model", "Dynamics", "Action", "Cell" };

    private static readonly string[] FieldNames = { "X", "Y", "Level", "@in", "@double", "@default", "Value", "Index", "Count", "s", "a" };

    private static readonly string[] EnumMembers = { "Left", "Right", "Stay", "@default", "@in", "@void", "None", "Value" };

    private static readonly string[][] MemberNameSets =
    {
        new[] { "Reward", "Next", "Start", "IsEnd", "CanMove" },
        new[] { "R", "T", "Initial", "Terminal", "Allowed" },
        new[] { "@return", "@goto", "@base", "@is", "@case" },
        new[] { "StateAt", "IndexOf", "Model2", "ActionAt", "Table" },
    };

    /// <summary>Integer types with ranges that fit them, the extremes included.</summary>
    private static readonly (string Type, string Min, string Max, BigInteger Low, BigInteger High)[] Ranges =
    {
        ("int", "0", "4", 0, 4),
        ("int", "-3", "2", -3, 2),
        ("int", "1", "1", 1, 1),
        ("int", "int.MinValue", "int.MinValue + 2", int.MinValue, (BigInteger)int.MinValue + 2),
        ("int", "int.MaxValue - 1", "int.MaxValue", (BigInteger)int.MaxValue - 1, int.MaxValue),
        ("long", "-2", "2", -2, 2),
        ("long", "long.MaxValue - 3", "long.MaxValue", (BigInteger)long.MaxValue - 3, long.MaxValue),
        ("long", "long.MinValue", "long.MinValue + 1", long.MinValue, (BigInteger)long.MinValue + 1),
        ("long", "long.MinValue", "0", long.MinValue, 0),
        ("long", "long.MinValue", "long.MaxValue", long.MinValue, long.MaxValue),
        ("byte", "0", "3", 0, 3),
        ("byte", "250", "255", 250, 255),
        ("sbyte", "-128", "-126", -128, -126),
        ("short", "-1", "1", -1, 1),
        ("ushort", "65534", "65535", 65534, 65535),
        ("uint", "0", "2", 0, 2),
        ("ulong", "0", "2", 0, 2),
        ("int", "0", "38000", 0, 38000),
        ("int", "0", "int.MaxValue", 0, int.MaxValue),
    };

    private readonly Random _random;

    public DeclarationSampler(Random random) => _random = random;

    public Declaration Next()
    {
        var containers = Enumerable.Range(0, Pick(0, 0, 0, 1, 2))
            .Select(i => (Pick("class", "struct", "record", "static class"), "Outer" + i, i == 0 ? Pick(Access.Public, Access.Internal) : Pick(Access.Public, Access.Internal, Access.Private)))
            .ToList();
        var nested = containers.Count > 0;
        var stateNested = Chance(0.6);
        var actionNested = Chance(0.6);

        // C# forbids a file-local type inside another type, and a file-local type in the signature of a type that is
        // not file-local: file scope applies to the whole model or to none of it.
        var fileScoped = !nested && Chance(0.1);
        var modelAccess = fileScoped ? Access.File : nested ? Pick(Access.Public, Access.Internal, Access.Private, Access.Default(true)) : Pick(Access.Public, Access.Internal, Access.Default(false));
        Access TypeAccess(bool inModel) => fileScoped && !inModel ? Access.File
            : inModel ? Pick(Access.Public, Access.Internal, Access.Private, Access.Protected, Access.Default(true))
            : nested ? Pick(Access.Public, Access.Internal, Access.Private) : Pick(Access.Public, Access.Internal);
        var stateAccess = TypeAccess(stateNested);
        var actionAccess = TypeAccess(actionNested);

        // A member may be no more visible than the types in its signature (CS0050, CS0051): what makes a declaration
        // legal C# before the generator sees it.
        var limit = Math.Min(stateAccess.Rank, actionAccess.Rank);
        var memberAccess = Pick(new[] { Access.Private, Access.Internal, Access.Public }.Where(access => access.Rank <= limit).ToArray());

        var stateKind = Weighted(
            (StateKind.Enum, 3), (StateKind.ReadonlyRecordStruct, 6), (StateKind.RecordStruct, 3), (StateKind.RecordClass, 3),
            (StateKind.InitStruct, 2), (StateKind.InitClass, 2), (StateKind.RefStruct, 1), (StateKind.PrivateConstructorClass, 1));
        var fields = stateKind == StateKind.Enum ? new List<Field>() : Fields();
        var derived = !fileScoped && Chance(0.08);
        var terminal = Chance(0.4);
        var settings = Pick(
            "Discount = 0.9",
            "Horizon = 3",
            terminal ? "Discount = 1" : "Discount = 0.95",
            "Discount = 0.5, Likelihood = Optimality.Exponential",
            "");

        // Two types of one name in one scope, or a type named like its container, are the user's own C# errors.
        string modelName, stateName, actionName;
        do
            (modelName, stateName, actionName) = (Pick(ModelNames), Pick(StateNames), Pick(ActionNames));
        while (modelName.TrimStart('@') == stateName || modelName.TrimStart('@') == actionName || stateName == actionName);

        return new Declaration(
            Namespace: Pick(Namespaces),
            FileScopedNamespace: Chance(0.5),
            Containers: containers,
            ModelName: modelName,
            ModelAccess: modelAccess,
            ModelSealed: !derived && Chance(0.3),
            Settings: settings,
            StateKind: stateKind,
            StateName: stateName,
            StateNested: stateNested,
            StateAccess: stateAccess,
            Fields: fields,
            StateMembers: Distinct(EnumMembers, 1 + _random.Next(4)),
            ActionIsStruct: Chance(0.04),
            ActionName: actionName,
            ActionNested: actionNested,
            ActionAccess: actionAccess,
            ActionMembers: Distinct(EnumMembers, 1 + _random.Next(4)),
            MemberAccess: memberAccess,
            Instance: Chance(0.3),
            Reward: Pick(RewardKind.State, RewardKind.StateAction, RewardKind.StateActionNext),
            Transition: Weighted((TransitionKind.Deterministic, 6), (TransitionKind.Yield, 4), (TransitionKind.Array, 4), (TransitionKind.ByRefState, 1)),
            Initial: Weighted((InitialKind.None, 3), (InitialKind.Property, 3), (InitialKind.Method, 2), (InitialKind.Distribution, 2), (InitialKind.WriteOnly, 1)),
            Terminal: terminal,
            Allowed: Chance(0.3),
            Obsolete: Weighted((Obsoleteness.None, 12), (Obsoleteness.Warning, 3), (Obsoleteness.Error, 1)),
            MemberNames: MemberNameSets[Weighted((0, 4), (1, 3), (2, 3), (3, 1))],
            Derived: derived);
    }

    private List<Field> Fields()
    {
        var names = Distinct(FieldNames, 1 + _random.Next(3));
        return names.Select(name => _random.Next(6) switch
        {
            0 => new BoolField(name),
            1 => (Field)new EnumField(name, 3),
            _ => Range(name),
        }).ToList();
    }

    private Field Range(string name)
    {
        // Mostly small domains that compile in a blink; the extremes probe overflow and the size limits.
        var (type, min, max, low, high) = Chance(0.75) ? Ranges[_random.Next(3)] : Pick(Ranges);
        return new RangeField(name, type, min, max, low, high);
    }

    private List<string> Distinct(string[] from, int count) => from.OrderBy(_ => _random.Next()).Take(count).ToList();

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(params T[] options) => options[_random.Next(options.Length)];

    private T Weighted<T>(params (T Value, int Weight)[] options)
    {
        var draw = _random.Next(options.Sum(option => option.Weight));
        foreach (var (value, weight) in options)
        {
            if (draw < weight)
                return value;
            draw -= weight;
        }
        throw new InvalidOperationException("unreachable: the draw is below the total weight");
    }
}
