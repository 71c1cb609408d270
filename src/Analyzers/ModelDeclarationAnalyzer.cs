using System.Collections.Immutable;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.Analyzers;

/// <summary>
/// Reports what is wrong with the declarations of an <c>[Mdp]</c> model (MDP001–MDP005, MDP008, MDP010): the
/// diagnostics of the generator's own parser, which skips the model while any of them is an error.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Diagnostics.NotPartial,
        Diagnostics.MissingOrDuplicateMember,
        Diagnostics.BadAction,
        Diagnostics.NoFiniteDomain,
        Diagnostics.BadSignature,
        Diagnostics.BadDiscountOrHorizon,
        Diagnostics.UndiscountedEndless,
        Diagnostics.StateSpaceTooLarge,
        Diagnostics.ModelTooLarge);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!TypeNames.HasAttribute(type, MetadataNames.Mdp))
            return;
        foreach (var diagnostic in ModelParser.Parse(type, context.CancellationToken).Diagnostics)
            context.ReportDiagnostic(diagnostic);
    }
}
