using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MdpDsl.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Incremental;

/// <summary>
/// A compilation, compared by everything a model's spec can depend on: the declarations of every file
/// (<see cref="FileDeclarations"/>) and the options each was parsed with, the references and the compilation
/// options. An edit that leaves these equal — a keystroke inside a method body, anywhere — leaves every spec
/// equal, so the pipeline need not bind a single model again (<see cref="ByDeclarations"/>).
/// </summary>
/// <remarks>
/// The compilation is held weakly. When the comparer finds two snapshots equal the driver keeps the older one,
/// and a strong reference would keep that whole compilation, with every symbol bound in it, alive for as long as
/// the user types in method bodies. The next step reads the compilation only when this snapshot changed, and
/// then it is the driver's current compilation, which the driver holds for the whole run.
/// </remarks>
internal sealed class DeclaredCompilation
{
    private readonly WeakReference<Compilation> _compilation;

    public DeclaredCompilation(Compilation compilation, ImmutableArray<FileDeclarations> files)
    {
        _compilation = new WeakReference<Compilation>(compilation);
        Files = files.ToEquatableArray();
        ParseOptions = compilation.SyntaxTrees.Select(tree => tree.Options).ToImmutableArray();
        References = compilation.References.ToImmutableArray();
        Options = compilation.Options;
        AssemblyName = compilation.AssemblyName;
    }

    /// <summary>Compares the declarations, references and options, never the compilation itself.</summary>
    public static IEqualityComparer<DeclaredCompilation> ByDeclarations { get; } = new DeclarationComparer();

    /// <summary>The declarations of every file, in the compilation's order.</summary>
    public EquatableArray<FileDeclarations> Files { get; }

    /// <summary>Each file's parse options, which decide the syntax errors of its declarations (a feature of a newer language, say).</summary>
    public ImmutableArray<ParseOptions> ParseOptions { get; }

    /// <summary>The metadata references, by identity: a rebuilt reference is a new object.</summary>
    public ImmutableArray<MetadataReference> References { get; }

    /// <summary>The options, which decide nullability and what is checked, among much else.</summary>
    public CompilationOptions Options { get; }

    /// <summary>The assembly's name, which decides what another assembly's <c>InternalsVisibleTo</c> grants it.</summary>
    public string? AssemblyName { get; }

    /// <summary>The compilation, for the step that runs only when this snapshot is new.</summary>
    public Compilation Compilation =>
        _compilation.TryGetTarget(out var compilation)
            ? compilation
            : throw new InvalidOperationException("A snapshot the driver kept as unchanged was read; only a new one holds a live compilation.");

    private sealed class DeclarationComparer : IEqualityComparer<DeclaredCompilation>
    {
        public bool Equals(DeclaredCompilation? x, DeclaredCompilation? y) =>
            ReferenceEquals(x, y) ||
            x is not null && y is not null &&
            x.AssemblyName == y.AssemblyName &&
            x.Options.Equals(y.Options) &&
            x.References.SequenceEqual(y.References) &&
            x.ParseOptions.SequenceEqual(y.ParseOptions) &&
            x.Files.Equals(y.Files);

        // Equal snapshots have as many files; hashing every file's text would cost what the comparison saves.
        public int GetHashCode(DeclaredCompilation obj) => obj.Files.Count;
    }
}
