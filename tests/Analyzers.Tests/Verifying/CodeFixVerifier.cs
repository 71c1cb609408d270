using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace MdpDsl.Analyzers.Tests.Verifying;

/// <summary>
/// Applies <typeparamref name="TCodeFix"/> to the diagnostics of <typeparamref name="TAnalyzer"/> and checks the
/// source after it, one fix at a time and by Fix All in document, project and solution scope alike; the fixed
/// source must draw no diagnostic.
/// </summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The diagnostic expected at the span marked <c>{|#<paramref name="location"/>:…|}</c>, message unchecked (the rule tests check it).</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor, int location) =>
        new DiagnosticResult(descriptor).WithLocation(location).WithMessage(null);

    public static Task VerifyAsync(string before, string after, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = before,
            FixedCode = after,
            ReferenceAssemblies = ModelTestState.NoPackage,
        };
        ModelTestState.Configure(test.TestState, test.SolutionTransforms);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Checks that no fix is offered for the expected diagnostics.</summary>
    public static Task VerifyNoFixAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, source, expected);
}
