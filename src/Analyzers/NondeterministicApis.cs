using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MdpDsl.Analyzers;

/// <summary>What kind of outside influence an API brings into a model member.</summary>
internal enum Influence
{
    /// <summary><c>System.Random</c> and other sources of random numbers.</summary>
    Randomness,

    /// <summary>The wall clock and timers.</summary>
    Clock,

    /// <summary>Files, the console and the network.</summary>
    InputOutput,
}

/// <summary>A use of an API that makes a member's result depend on more than its arguments.</summary>
/// <param name="Influence">What the API brings in.</param>
/// <param name="Api">The API as a reader would name it: <c>Random.NextDouble</c>, <c>new Random</c>.</param>
internal readonly record struct NondeterministicUse(Influence Influence, string Api);

/// <summary>
/// The APIs that MDP009 flags: they sample, read the clock or do I/O, so a member that calls them describes a
/// different model on every call, while <c>Compile()</c> calls each member once per (state, action) and keeps what
/// it got. Matched by name, so that the analyzer never loads the types it looks for.
/// </summary>
internal static class NondeterministicApis
{
    private static readonly string[] FileTypes =
    {
        "File", "FileInfo", "Directory", "DirectoryInfo", "FileSystemInfo", "DriveInfo", "FileStream", "StreamReader", "StreamWriter", "RandomAccess",
    };

    /// <summary>The nondeterministic API that <paramref name="operation"/> uses itself (not through its operands), if any.</summary>
    public static NondeterministicUse? Use(IOperation operation) => operation switch
    {
        IObjectCreationOperation { Type: { } type } when IsRandom(type) => new NondeterministicUse(Influence.Randomness, "new " + type.Name),
        IInvocationOperation invocation => Member(invocation.TargetMethod),
        IMethodReferenceOperation reference => Member(reference.Method),
        IPropertyReferenceOperation reference => Member(reference.Property),
        _ => null,
    };

    private static NondeterministicUse? Member(ISymbol member)
    {
        var type = member.ContainingType;
        if (type is null)
            return null;
        var influence = (type.ToDisplayString(), member.Name) switch
        {
            _ when IsRandom(type) => Influence.Randomness,
            ("System.Security.Cryptography.RandomNumberGenerator", _) or ("System.Guid", "NewGuid") => Influence.Randomness,
            ("System.DateTime", "Now" or "UtcNow" or "Today") or ("System.DateTimeOffset", "Now" or "UtcNow") => Influence.Clock,
            ("System.Environment", "TickCount" or "TickCount64") or ("System.Diagnostics.Stopwatch", _) or ("System.TimeProvider", _) => Influence.Clock,
            ("System.Console", _) => Influence.InputOutput,
            _ when IsFileType(type) || IsNetwork(type.ContainingNamespace) => Influence.InputOutput,
            _ => (Influence?)null,
        };
        return influence is { } found ? new NondeterministicUse(found, type.Name + "." + member.Name) : null;
    }

    private static bool IsRandom(ITypeSymbol? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.ToDisplayString() == "System.Random")
                return true;
        }
        return false;
    }

    private static bool IsFileType(INamedTypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString() == "System.IO" && FileTypes.Contains(type.Name);

    private static bool IsNetwork(INamespaceSymbol? ns)
    {
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "Net" && ns.ContainingNamespace?.ToDisplayString() == "System")
                return true;
        }
        return false;
    }
}
