using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace MdpDsl.Analyzers.Tests.Verifying;

/// <summary>
/// Runs analyzers over a model and checks that they report exactly the expected diagnostics, each on its exact
/// span (marked <c>{|#n:…|}</c> in the source) with its exact message arguments, and nothing else; the source must
/// otherwise compile.
/// </summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The diagnostic expected at the span marked <c>{|#<paramref name="location"/>:…|}</c>, with the arguments of its message format.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor, int location, params object[] arguments) =>
        new DiagnosticResult(descriptor).WithLocation(location).WithArguments(arguments);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        new Test(new TAnalyzer()).RunAsync(source, expected);

    /// <summary>Runs every MdpDsl analyzer at once, as a build does.</summary>
    public static Task VerifyAllAsync(string source, params DiagnosticResult[] expected) =>
        new Test(MdpAnalyzers.All.ToArray()).RunAsync(source, expected);

    private sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        private readonly DiagnosticAnalyzer[] _analyzers;

        public Test(params DiagnosticAnalyzer[] analyzers)
        {
            _analyzers = analyzers;
            ReferenceAssemblies = ModelTestState.NoPackage;
            ModelTestState.Configure(TestState, SolutionTransforms);
        }

        public Task RunAsync(string source, DiagnosticResult[] expected)
        {
            TestCode = source;
            ExpectedDiagnostics.AddRange(expected);
            return RunAsync();
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => _analyzers;
    }
}
