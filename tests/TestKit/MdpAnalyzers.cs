using System.Collections.Immutable;
using System.Reflection;
using MdpDsl.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.TestKit;

/// <summary>Every analyzer the MdpDsl.Analyzers assembly ships, found the way a compiler finds them, so a new one joins every test that runs them all.</summary>
public static class MdpAnalyzers
{
    /// <summary>One instance of each, ordered by name.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(ModelDeclarationAnalyzer).Assembly.GetTypes()
        .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(type => type.Name)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();
}
