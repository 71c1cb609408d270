using System;
using System.Linq;

namespace MdpDsl.Interchange;

/// <summary>Type and action names as C# writes them (<c>Samples.GridWorld.GridWorld.Cell</c>), for files and messages.</summary>
internal static class TypeDisplay
{
    /// <summary>The namespace-qualified name of <paramref name="type"/>, nested types joined by dots.</summary>
    public static string Name(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
            name = name[..tick];
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
            name += "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        if (type.DeclaringType is { } outer)
            return Name(outer) + "." + name;
        return type.Namespace is null ? name : type.Namespace + "." + name;
    }

    /// <summary>An enum action's member name (its number when it has none); any other action as it prints itself.</summary>
    public static string ActionName<TAction>(TAction action) =>
        (typeof(TAction).IsEnum ? Enum.GetName(typeof(TAction), action!) : null) ?? action?.ToString() ?? string.Empty;
}
