using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Tests.Incremental;

/// <summary>
/// Walks an object graph through every field, public or not, and lists the Roslyn objects it holds. A pipeline
/// step whose output holds a symbol, syntax node, semantic model, compilation or location keeps a whole
/// compilation alive and can never compare equal across edits, so the step never caches.
/// </summary>
internal static class StepOutputWalker
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Microsoft.CodeAnalysis.Compilation), typeof(Location),
    };

    /// <summary>A path to each forbidden object under <paramref name="root"/>, such as <c>MdpSpec.State.Fields[0]</c>.</summary>
    public static List<string> FindRoslynObjects(object? root, string name)
    {
        var found = new List<string>();
        Walk(root, name, new HashSet<object>(ReferenceEqualityComparer.Instance), found);
        return found;
    }

    private static void Walk(object? value, string path, HashSet<object> visited, List<string> found)
    {
        if (value is null)
            return;
        var type = value.GetType();
        if (Forbidden.Any(t => t.IsAssignableFrom(type)))
        {
            found.Add($"{path}: {type.Name}");
            return;
        }
        if (type.IsPrimitive || type.IsEnum || value is string or decimal)
            return;
        // Boxed structs are fresh objects, so only reference types can close a cycle.
        if (!type.IsValueType && !visited.Add(value))
            return;

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
                Walk(item, $"{path}[{i++}]", visited, found);
        }
        foreach (var field in Fields(type))
            Walk(field.GetValue(value), $"{path}.{Readable(field)}", visited, found);
    }

    private static IEnumerable<FieldInfo> Fields(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                yield return field;
        }
    }

    // Records and auto-properties store their values in "<Name>k__BackingField"; show the property name.
    private static string Readable(FieldInfo field) =>
        field.IsDefined(typeof(CompilerGeneratedAttribute)) && field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>')] : field.Name;
}
