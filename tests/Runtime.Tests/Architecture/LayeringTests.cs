namespace MdpDsl.Runtime.Tests.Architecture;

/// <summary>
/// storage ← numerics ← solvers / inference / learning / interchange ← typed results ← the model's entry points:
/// no file uses a type of a layer above its own.
/// </summary>
public class LayeringTests
{
    [Fact]
    public void No_runtime_file_uses_a_type_of_a_higher_layer()
    {
        var violations = Layers.Violations(Layers.RuntimeSources());
        Assert.True(violations.Count == 0, "Layer violations:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Every_runtime_folder_has_a_layer() =>
        // Of throws for a folder the map does not name, so a new folder must be placed deliberately.
        Assert.All(Layers.RuntimeSources(), source => Layers.Of(source.Path));

    [Fact]
    public void A_lower_layer_that_reaches_up_is_found_however_it_refers()
    {
        var sources = new[]
        {
            ("Storage/Table.cs", "namespace M; public static class Table { public static int Width => Tolerance.Digits + Kernel.Run(); public static int Go(this string s) => s.Length; }"),
            ("Foundation/Tolerance.cs", "namespace M; public static class Tolerance { public const int Digits = 9; }"),
            ("Numerics/Kernel.cs", "namespace M; public static class Kernel { public static int Run() => 0; }"),
            ("Models/Model.cs", "namespace M; public sealed class Model { }"),
            ("Solvers/SolverCatalog.cs", "namespace M; public static class SolverCatalog { public static int Solve(this Model m) => 1; }"),
            ("Numerics/Sweep.cs", "namespace M; public static class Sweep { public static int Of(Model m) => m.Solve(); }"),
        };
        var violations = Layers.Violations(sources);
        // Numerics names the model's type and calls an entry point as an extension; Storage calls a kernel.
        Assert.Equal(3, violations.Count);
        Assert.Contains(violations, v => v.StartsWith("Numerics/Sweep.cs (Numerics) uses Model from Models/Model.cs (Models)", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Numerics/Sweep.cs (Numerics) uses SolverCatalog from Solvers/SolverCatalog.cs (Models)", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Storage/Table.cs (Storage) uses Kernel from Numerics/Kernel.cs (Numerics)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Storage/TransitionTable.cs", Layer.Storage)]
    [InlineData("Learning/Options/SacOptions.cs", Layer.Algorithms)]
    [InlineData("Learning/Results/SacResult.cs", Layer.TypedResults)]
    [InlineData("Inference/InferenceCatalog.cs", Layer.Models)]
    [InlineData("Foundation/Tolerances.cs", Layer.Foundation)]
    public void Folders_and_catalogs_map_to_their_layers(string path, Layer layer) => Assert.Equal(layer, Layers.Of(path));
}
