using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

/// <summary>
/// The operation trees of member bodies, for the rules that read what a member returns (MDP006, MDP007).
/// </summary>
/// <remarks>
/// The rules take operation trees, never semantic models, so that each side can get them the way Roslyn wants it:
/// an analyzer receives them from an operation-block action (and may not ask the compilation for semantic models,
/// RS1030), while the generator has no such action and builds them here from the semantic models of the
/// compilation it was given. Both trees are the same bound body, so both sides reach the same verdict.
/// </remarks>
internal sealed class MemberBodies
{
    private readonly Func<SyntaxTree, SemanticModel> _semanticModel;
    private readonly CancellationToken _cancellationToken;

    /// <param name="semanticModel">The semantic model of a tree of the compilation that declares the model.</param>
    /// <param name="cancellationToken">Cancels reading declarations.</param>
    public MemberBodies(Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        _semanticModel = semanticModel;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The bodies of a method, or of a property's getter: one per declaration that has one.</summary>
    public IEnumerable<IOperation> Of(ISymbol member)
    {
        var method = member is IPropertySymbol property ? property.GetMethod : member as IMethodSymbol;
        if (method is null)
            return Enumerable.Empty<IOperation>();
        return method.DeclaringSyntaxReferences
            .Select(reference => reference.GetSyntax(_cancellationToken))
            .Select(syntax => _semanticModel(syntax.SyntaxTree).GetOperation(syntax, _cancellationToken))
            .Where(operation => operation is not null)!;
    }
}
