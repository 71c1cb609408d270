using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MdpDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MdpDsl.Analyzers;

/// <summary>A member that plays a part in a model.</summary>
/// <param name="Member">The method or property that carries the part's attribute.</param>
/// <param name="Model">The <c>[Mdp]</c> type that declares it.</param>
internal readonly record struct ModelMember(ISymbol Member, INamedTypeSymbol Model);

/// <summary>
/// Shows the analyzers of what members compute the body of each member that plays a given part in a model. Roslyn
/// hands over each body as operation trees, bound once for every analyzer, so no analyzer asks the compilation for
/// a semantic model (RS1030); the rules the generator runs on the same trees take them just as they come.
/// </summary>
internal static class ModelBodyActions
{
    /// <param name="context">The analyzer's context.</param>
    /// <param name="roles">The attributes of the parts to look at (<see cref="MetadataNames.Reward"/>, say).</param>
    /// <param name="check">The rule: the diagnostics of one member's body.</param>
    public static void Register(AnalysisContext context, string[] roles, Func<ModelMember, ImmutableArray<IOperation>, IEnumerable<Diagnostic>> check)
    {
        context.RegisterOperationBlockAction(block =>
        {
            foreach (var role in roles)
            {
                if (Find(block.OwningSymbol, role) is not { } member)
                    continue;
                foreach (var diagnostic in check(member, block.OperationBlocks))
                    block.ReportDiagnostic(diagnostic);
                return;
            }
        });
    }

    /// <summary>
    /// The member <paramref name="owner"/> is, when it carries the attribute <paramref name="role"/> in an
    /// <c>[Mdp]</c> type; a property getter speaks for its property.
    /// </summary>
    private static ModelMember? Find(ISymbol owner, string role)
    {
        var member = owner is IMethodSymbol { AssociatedSymbol: IPropertySymbol property } ? property : owner;
        return member.ContainingType is { } model && TypeNames.HasAttribute(member, role) && TypeNames.HasAttribute(model, MetadataNames.Mdp)
            ? new ModelMember(member, model)
            : null;
    }
}
