using System.IO;
using System.Numerics.Tensors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MdpDsl.Runtime.Tests.Architecture;

/// <summary>The runtime's layers, lowest first: each may use only itself and those below it (DESIGN §4).</summary>
public enum Layer
{
    /// <summary>Attributes/, Distributions/, Foundation/: what model code uses, tolerances, argument checks, exception and progress types.</summary>
    Foundation,

    /// <summary>Storage/: the transition tables.</summary>
    Storage,

    /// <summary>Numerics/: Bellman kernels and log-sum-exp.</summary>
    Numerics,

    /// <summary>Compilation/, Solvers/, Inference/, Learning/, Interchange/: the algorithms, by index.</summary>
    Algorithms,

    /// <summary>Results/, Policies/ and every area's Results/ folder: what the entry points hand back, typed.</summary>
    TypedResults,

    /// <summary>Models/ and every area's *Catalog.cs: the model and its entry points.</summary>
    Models,
}

/// <summary>
/// Finds references from a source file to a type declared in a higher layer. Layers are given by folders, since
/// the public types share the namespace <c>MdpDsl</c>: the runtime's sources are compiled here and every name
/// in them is bound, so that a reference through a static call or an extension method counts as well as one
/// that spells the type.
/// </summary>
public static class Layers
{
    /// <summary>The layer of a source file, by its path relative to the runtime's folder (with '/').</summary>
    /// <exception cref="InvalidOperationException">The folder has no layer: the map below must name it.</exception>
    public static Layer Of(string relativePath)
    {
        var parts = relativePath.Split('/');
        var (folder, file) = (parts[0], parts[^1]);
        if (folder == "Models" || file.EndsWith("Catalog.cs", StringComparison.Ordinal))
            return Layer.Models;
        if (folder == "Policies" || parts[..^1].Contains("Results"))
            return Layer.TypedResults;
        return folder switch
        {
            "Attributes" or "Distributions" or "Foundation" => Layer.Foundation,
            "Storage" => Layer.Storage,
            "Numerics" => Layer.Numerics,
            "Compilation" or "Solvers" or "Inference" or "Learning" or "Interchange" => Layer.Algorithms,
            _ => throw new InvalidOperationException($"{relativePath} lies in no layer: give the folder '{folder}' one in {nameof(Layers)}.{nameof(Of)}."),
        };
    }

    /// <summary>
    /// Every reference from a file to a type of a higher layer, as "file (layer) → type in file (layer)".
    /// </summary>
    /// <param name="sources">Each file's path relative to the runtime's folder and its text.</param>
    public static IReadOnlyList<string> Violations(IEnumerable<(string Path, string Text)> sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, path: s.Path)).ToArray();
        var compilation = CSharpCompilation.Create(
            "LayerCheck",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var from = Of(tree.FilePath);
            var model = compilation.GetSemanticModel(tree);
            // Names only, not trivia: a <see cref> in a doc comment is no dependency.
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var info = model.GetSymbolInfo(name);
                if (DeclaringType(info.Symbol ?? info.CandidateSymbols.FirstOrDefault()) is not { } type)
                    continue;
                foreach (var declaration in type.DeclaringSyntaxReferences)
                {
                    var to = Of(declaration.SyntaxTree.FilePath);
                    if (to > from)
                        violations.Add($"{tree.FilePath} ({from}) uses {type.Name} from {declaration.SyntaxTree.FilePath} ({to})");
                }
            }
        }
        return violations.ToArray();
    }

    /// <summary>The runtime's sources, from the folder beside this repository's tests.</summary>
    public static IEnumerable<(string Path, string Text)> RuntimeSources()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Runtime");
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(Path.Combine(root, path))));
    }

    /// <summary>The type a name refers to, or that declares the member it refers to; null for namespaces, locals and metadata.</summary>
    private static INamedTypeSymbol? DeclaringType(ISymbol? symbol) => symbol switch
    {
        INamedTypeSymbol type => type.OriginalDefinition,
        IMethodSymbol { ReducedFrom: { } extension } => extension.ContainingType.OriginalDefinition,
        IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol => symbol.ContainingType?.OriginalDefinition,
        _ => null,
    };

    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(TensorPrimitives).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
    {
        // Known at compile time; the root is the first folder above with the solution file, wherever it is checked out.
        var directory = new DirectoryInfo(Path.GetDirectoryName(thisFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dsl.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("No Dsl.sln above " + thisFile);
    }
}
