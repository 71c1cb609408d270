using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.Analyzers;

/// <summary>A member that plays a part in a model.</summary>
/// <param name="Member">The method or property that carries the part's attribute.</param>
/// <param name="Role">The attribute it carries (<see cref="KnownTypes.Reward"/>, say).</param>
/// <param name="Model">The <c>[Mdp]</c> type that declares it.</param>
/// <param name="Known">The DSL's attribute types in this compilation.</param>
internal readonly record struct ModelMember(ISymbol Member, INamedTypeSymbol Role, INamedTypeSymbol Model, KnownTypes Known);

/// <summary>
/// Shows the analyzers of what members compute the body of each member that plays a given part in a model. Roslyn
/// hands over each body as operation trees, bound once for every analyzer, so no analyzer asks the compilation for
/// a semantic model (RS1030). The DSL's attribute types are resolved once per compilation, and a compilation that
/// does not reference MdpDsl registers nothing, so the analyzers cost nothing there.
/// </summary>
internal static class ModelBodyActions
{
    /// <param name="context">The analyzer's context.</param>
    /// <param name="roles">The attributes of the parts to look at, among the compilation's known types.</param>
    /// <param name="check">The rule: the diagnostics of one member's body.</param>
    public static void Register(
        AnalysisContext context,
        Func<KnownTypes, IEnumerable<INamedTypeSymbol?>> roles,
        Func<ModelMember, ImmutableArray<IOperation>, IEnumerable<Diagnostic>> check)
    {
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is not { } known)
                return;
            var parts = roles(known);
            start.RegisterOperationBlockAction(block =>
            {
                if (Find(block.OwningSymbol, parts, known) is not { } member)
                    return;
                foreach (var diagnostic in check(member, block.OperationBlocks))
                    block.ReportDiagnostic(diagnostic);
            });
        });
    }

    /// <summary>
    /// The part <paramref name="owner"/> plays, when it carries one of <paramref name="roles"/> in an <c>[Mdp]</c>
    /// type; a property getter speaks for its property.
    /// </summary>
    private static ModelMember? Find(ISymbol owner, IEnumerable<INamedTypeSymbol?> roles, KnownTypes known)
    {
        var member = owner is IMethodSymbol { AssociatedSymbol: IPropertySymbol property } ? property : owner;
        if (member.ContainingType is not { } model || !KnownTypes.Has(model, known.Mdp))
            return null;
        foreach (var role in roles)
        {
            if (role is not null && KnownTypes.Has(member, role))
                return new ModelMember(member, role, model, known);
        }
        return null;
    }
}
