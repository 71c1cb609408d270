using System.Collections.Generic;
using System.Linq;

namespace MdpDsl.Generator.Parsing;

/// <summary>The names the generator adds to a model class, so that the parser can keep the user's members clear of them.</summary>
internal static class GeneratedNames
{
    private static readonly HashSet<string> Always = new()
    {
        "Compile", "ActionCount", "Actions", "ActionAt", "IndexOf", "FeatureCount", "Encoder", "ActionFeatureCount", "ActionEncoder", "CreateSimulator",
    };
    private static readonly HashSet<string> Enumerated = new() { "StateCount", "States", "StateAt", "TryIndexOf" };

    /// <summary>Every name of the public API the generator may add, whatever the model: private generated types must not take one.</summary>
    public static IEnumerable<string> All => Always.Concat(Enumerated);

    /// <summary>Whether <paramref name="name"/> is part of the public API the generator adds, whose typed model is <paramref name="modelName"/>.</summary>
    public static bool IsPublic(string name, bool reachable, string modelName) =>
        name == modelName || Always.Contains(name) || !reachable && Enumerated.Contains(name);

    /// <summary><paramref name="name"/>, or it numbered 2, 3, … until it is not in <paramref name="taken"/>; the result is then taken.</summary>
    public static string Unused(string name, HashSet<string> taken)
    {
        var unused = name;
        for (var i = 2; !taken.Add(unused); i++)
            unused = name + i;
        return unused;
    }
}
