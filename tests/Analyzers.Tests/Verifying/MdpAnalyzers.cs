using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.Analyzers.Tests.Verifying;

/// <summary>Every analyzer the MdpDsl.Analyzers assembly ships, found the way a compiler finds them, so a new one joins every test that runs them all.</summary>
internal static class MdpAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(ModelDeclarationAnalyzer).Assembly.GetTypes()
        .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(type => type.Name)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();
}
