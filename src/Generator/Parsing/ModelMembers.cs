using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MdpDsl.Generator.Parsing;

/// <summary>
/// A model's members, read in one pass: the ones the user wrote, and the members that carry each of the
/// DSL's member attributes (<c>[Transition]</c>, <c>[Reward]</c>, …), so that no rule walks the members again.
/// </summary>
internal sealed class ModelMembers
{
    private readonly Dictionary<INamedTypeSymbol, List<ISymbol>> _byAttribute;

    private ModelMembers(List<ISymbol> declared, Dictionary<INamedTypeSymbol, List<ISymbol>> byAttribute)
    {
        Declared = declared;
        _byAttribute = byAttribute;
    }

    /// <summary>The members the user declared, without those the compiler adds (a record's <c>EqualityContract</c>, say).</summary>
    public IReadOnlyList<ISymbol> Declared { get; }

    /// <summary>The members marked <paramref name="attribute"/>, in declaration order.</summary>
    public IReadOnlyList<ISymbol> With(INamedTypeSymbol? attribute) =>
        attribute is not null && _byAttribute.TryGetValue(attribute, out var members) ? members : System.Array.Empty<ISymbol>();

    /// <summary>Reads the members of <paramref name="model"/>.</summary>
    public static ModelMembers Collect(INamedTypeSymbol model, KnownTypes known)
    {
        var roles = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var role in new[] { known.Transition, known.Reward, known.Initial, known.Terminal, known.Allowed, known.Feature })
        {
            if (role is not null)
                roles.Add(role);
        }

        var declared = new List<ISymbol>();
        var byAttribute = new Dictionary<INamedTypeSymbol, List<ISymbol>>(SymbolEqualityComparer.Default);
        foreach (var member in model.GetMembers())
        {
            if (member.IsImplicitlyDeclared)
                continue;
            declared.Add(member);
            foreach (var attribute in member.GetAttributes())
            {
                if (attribute.AttributeClass is not { } type || !roles.Contains(type))
                    continue;
                if (!byAttribute.TryGetValue(type, out var members))
                    byAttribute.Add(type, members = new List<ISymbol>());
                // [Reward, Reward] on one member is CS0579 already; counting it twice would add an MDP002 to it.
                if (members.Count == 0 || !SymbolEqualityComparer.Default.Equals(members[members.Count - 1], member))
                    members.Add(member);
            }
        }
        return new ModelMembers(declared, byAttribute);
    }
}
