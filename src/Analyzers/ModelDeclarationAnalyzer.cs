using System.Collections.Immutable;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.Analyzers;

/// <summary>
/// Reports what is wrong with the declarations of an <c>[Mdp]</c> model: the diagnostics of the generator's own
/// parser, which skips the model while any of them is an error about its shape. The DSL's attribute types are
/// resolved once per compilation; a compilation without MdpDsl registers nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Diagnostics.NotPartial,
        Diagnostics.MemberCount,
        Diagnostics.BadAction,
        Diagnostics.NoFiniteDomain,
        Diagnostics.BadSignature,
        Diagnostics.BadSetting,
        Diagnostics.TooLargeToIndex,
        Diagnostics.UndiscountedEndless,
        Diagnostics.ModelTooLarge,
        Diagnostics.UnmarkedType,
        Diagnostics.ReservedName,
        Diagnostics.BadRange,
        Diagnostics.NotEnumerable,
        Diagnostics.NotBuildable,
        Diagnostics.NotCallable,
        Diagnostics.IgnoredEncoding);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is not { } known)
                return;
            start.RegisterSymbolAction(symbol =>
            {
                var type = (INamedTypeSymbol)symbol.Symbol;
                if (!KnownTypes.Has(type, known.Mdp))
                    return;
                foreach (var diagnostic in ModelParser.Parse(type, known, symbol.CancellationToken).Diagnostics)
                    symbol.ReportDiagnostic(diagnostic);
            }, SymbolKind.NamedType);
        });
    }
}
