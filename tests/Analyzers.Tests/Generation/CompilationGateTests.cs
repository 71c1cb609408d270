using System.Threading;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.Analyzers.Tests.Generation;

/// <summary>
/// The analyzers resolve the DSL's attribute types once per compilation: in a project without MdpDsl they register
/// nothing past the compilation start, and an attribute that is merely named like ours is not ours.
/// </summary>
public class CompilationGateTests
{
    private const string Model = """
        using MdpDsl;

        [Mdp(Discount = 0.9)]
        public partial class Walk
        {
            [State] public enum Cell { A, B }
            [Action] public enum Move { Stay }
            [Reward] public static double R(Cell s, Move a) => -1;
            [Transition] public static Cell T(Cell s, Move a) => s;
        }
        """;

    [Fact]
    public async Task Without_MdpDsl_no_analyzer_registers_a_symbol_or_operation_action()
    {
        var compilation = CSharpCompilation.Create("Plain", [CSharpSyntaxTree.ParseText("public class Walk { public double R() => 1; }", ModelCompilation.ParseOptions)],
            ModelCompilation.References.Where(r => !r.Display!.EndsWith("MdpDsl.Runtime.dll", StringComparison.Ordinal)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var actions = await RegisteredActions(compilation);

        Assert.Equal(0, actions);
    }

    [Fact]
    public async Task With_MdpDsl_the_analyzers_register_their_actions()
    {
        var actions = await RegisteredActions(ModelCompilation.Create(Model));

        Assert.True(actions > 0);
    }

    [Fact]
    public async Task An_attribute_named_like_Mdp_in_another_namespace_is_not_a_model()
    {
        var build = await ModelBuild.RunAsync(Model.Replace("using MdpDsl;", """
            using MdpDsl;
            using Mdp = Other.MdpAttribute;

            namespace Other { public sealed class MdpAttribute : System.Attribute { public double Discount { get; set; } } }
            """).Replace("public partial class Walk", "public class Walk"));

        Assert.Empty(build.Mdp);
        Assert.Empty(build.Generated);
    }

    [Fact]
    public void KnownTypes_are_the_runtime_attributes_compared_by_symbol()
    {
        var known = KnownTypes.From(ModelCompilation.Create(Model))!;

        Assert.Equal("MdpDsl.StateAttribute", known.State!.ToDisplayString());
        Assert.Equal("MdpDsl.RangeAttribute", known.Range!.ToDisplayString());
        Assert.Null(KnownTypes.From(CSharpCompilation.Create("Empty")));
    }

    /// <summary>How many symbol and operation-block actions the analyzers registered while analysing <paramref name="compilation"/>.</summary>
    private static async Task<int> RegisteredActions(Microsoft.CodeAnalysis.Compilation compilation)
    {
        var analysis = compilation.WithAnalyzers(MdpAnalyzers.All);
        await analysis.GetAnalyzerDiagnosticsAsync();
        var total = 0;
        foreach (var analyzer in MdpAnalyzers.All)
        {
            var telemetry = await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            total += telemetry.SymbolActionsCount + telemetry.OperationBlockActionsCount;
        }
        return total;
    }
}
