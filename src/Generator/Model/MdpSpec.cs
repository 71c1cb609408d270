using System.Linq;

namespace MdpDsl.Generator.Model;

/// <summary>A type that encloses the [Mdp] class: generated code repeats it as a partial declaration.</summary>
/// <param name="Keyword">class, struct, record, record struct or interface.</param>
/// <param name="Name">The type name.</param>
internal sealed record ContainingType(string Keyword, string Name);

/// <summary>
/// Everything the emitter needs to write one model, and nothing else. It holds only strings, numbers, enums
/// and equatable arrays — no ISymbol, SyntaxNode, SemanticModel or Location — so that two compilations with
/// the same declaration produce equal specs and the incremental pipeline stops there.
/// </summary>
internal sealed record MdpSpec(
    string? Namespace,
    EquatableArray<ContainingType> ContainingTypes,
    string Keyword,
    string Name,
    string TypeName,
    double Discount,
    int Horizon,
    bool Reachable,
    int MaxStates,
    bool ExponentialLikelihood,
    DomainSpec State,
    DomainSpec Action,
    EquatableArray<DomainSpec> Spaces,
    MemberSpec Reward,
    RewardShape RewardShape,
    MemberSpec Transition,
    bool Deterministic,
    MemberSpec? Initial,
    InitialShape InitialShape,
    MemberSpec? Terminal,
    MemberSpec? Allowed,
    EquatableArray<FeatureSpec> Features,
    string DynamicsName)
{
    /// <summary>Whether <c>Compile()</c> must be an instance method because some member is.</summary>
    public bool NeedsInstance =>
        !Reward.IsStatic || !Transition.IsStatic || Initial is { IsStatic: false } || Terminal is { IsStatic: false } || Allowed is { IsStatic: false } ||
        Features.Any(feature => !feature.IsStatic);

    /// <summary>
    /// The generated file's name, unique per model: the metadata name, with <c>+</c> before a nested type as in
    /// reflection, so that a namespace and an enclosing type of the same name cannot collide.
    /// </summary>
    public string HintName => (Namespace is null ? "" : Namespace + ".") + string.Concat(System.Linq.Enumerable.Select(ContainingTypes, t => t.Name + "+")) + Name + ".g.cs";
}
