using MdpDsl.TestKit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace MdpDsl.Analyzers.Tests.Verifying;

/// <summary>Gives the analyzer-testing framework's projects the test kit's references and language version.</summary>
internal static class ModelTestState
{
    /// <summary>No reference-assembly package: <see cref="ModelCompilation.References"/> stand in for it.</summary>
    public static ReferenceAssemblies NoPackage { get; } = new("net10.0");

    /// <summary>Gives a test's project the references and the language version.</summary>
    public static void Configure(SolutionState state, ICollection<Func<Solution, ProjectId, Solution>> solutionTransforms)
    {
        state.AdditionalReferences.AddRange(ModelCompilation.References);
        solutionTransforms.Add((solution, project) => solution.WithProjectParseOptions(project, ModelCompilation.ParseOptions));
    }
}
