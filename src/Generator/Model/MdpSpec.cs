using System.Linq;

namespace MdpDsl.Generator.Model;

/// <summary>The names of the private structs behind <c>Encoder</c>, <c>ActionEncoder</c> and <c>CreateSimulator()</c>, unused by the class.</summary>
/// <param name="StateEncoder">The state's encoder.</param>
/// <param name="ActionEncoder">The action's encoder; the state's when the two types are one.</param>
/// <param name="Bounds">The check of the state's declared ranges.</param>
internal sealed record EncodingNames(string StateEncoder, string ActionEncoder, string Bounds);

/// <summary>A type that encloses the [Mdp] class: generated code repeats it as a partial declaration.</summary>
/// <param name="Keyword">class, struct, record, record struct or interface.</param>
/// <param name="Name">The type name, without the <c>@</c> of a verbatim identifier.</param>
internal sealed record ContainingType(string Keyword, string Name);

/// <summary>
/// Everything the emitter needs to write one model, and nothing else. It holds only strings, numbers, enums
/// and equatable arrays — no ISymbol, SyntaxNode, SemanticModel or Location — so that two compilations with
/// the same declaration produce equal specs and the incremental pipeline stops there. Names are held as the
/// compiler reads them (<c>event</c>, not <c>@event</c>); the emitter escapes them where C# needs it.
/// </summary>
/// <param name="Namespace">The namespace's parts, outermost first; empty for the global namespace.</param>
/// <param name="ContainingTypes">The types around the model, outermost first.</param>
/// <param name="Keyword">The model's own type keyword.</param>
/// <param name="Name">The model's name.</param>
/// <param name="TypeName">The model's fully qualified name, with <c>global::</c>, escaped.</param>
/// <param name="ModelName">The name of the generated typed model: <c>Model</c>, or <c>CompiledModel</c> in a class itself named Model.</param>
/// <param name="StateAccess">The accessibility of generated members that take or return a state.</param>
/// <param name="ActionAccess">The accessibility of generated members that take or return an action.</param>
/// <param name="ModelAccess">The accessibility of the typed model and <c>Compile()</c>, which expose both.</param>
/// <param name="Hidden">The generated members that hide an inherited member, declared <c>new</c>.</param>
/// <param name="Discount">γ, in (0, 1].</param>
/// <param name="Horizon">The number of decisions; 0 for an infinite horizon.</param>
/// <param name="Reachable">Whether the states are found by a search from the initial ones rather than enumerated.</param>
/// <param name="MaxStates">The cap on that search.</param>
/// <param name="ExponentialLikelihood">Whether p(O = 1 | s, a) = exp(r(s, a)), which the runtime checks.</param>
/// <param name="State">The state type's domain.</param>
/// <param name="Action">The action type's domain.</param>
/// <param name="Spaces">Every domain that gets a space struct, nested ones before the types that use them.</param>
/// <param name="Reward">The [Reward] member.</param>
/// <param name="RewardShape">Which of r(s), r(s, a), r(s, a, s') it is.</param>
/// <param name="Transition">The [Transition] member.</param>
/// <param name="TransitionShape">Whether it returns one successor, returns (successor, probability) pairs or adds them to a buffer.</param>
/// <param name="Initial">The [Initial] member, if any.</param>
/// <param name="InitialShape">Whether it is a property or a method, of one state or a distribution.</param>
/// <param name="Terminal">The [Terminal] member, if any.</param>
/// <param name="Allowed">The [Allowed] member, if any.</param>
/// <param name="Features">The [Feature] members, in declaration order.</param>
/// <param name="DynamicsName">The name of the struct that forwards the members to the runtime, unused by the class.</param>
/// <param name="FiniteState">
/// The state type's declared domain for the encoder and the simulator's range check: <see cref="State"/> when the states
/// are enumerated; for a reachable model, its fields read without an index, or null when they are not all finite.
/// </param>
/// <param name="Encoding">The names of the generated encoder and range-check structs.</param>
internal sealed record MdpSpec(
    EquatableArray<string> Namespace,
    EquatableArray<ContainingType> ContainingTypes,
    string Keyword,
    string Name,
    string TypeName,
    string ModelName,
    Access StateAccess,
    Access ActionAccess,
    Access ModelAccess,
    GeneratedMembers Hidden,
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
    TransitionShape TransitionShape,
    MemberSpec? Initial,
    InitialShape InitialShape,
    MemberSpec? Terminal,
    MemberSpec? Allowed,
    EquatableArray<FeatureSpec> Features,
    string DynamicsName,
    DomainSpec? FiniteState,
    EncodingNames Encoding)
{
    /// <summary>Whether the transition returns one successor, which compiles to storage without probabilities.</summary>
    public bool Deterministic => TransitionShape == TransitionShape.Deterministic;

    /// <summary>Whether <c>Compile()</c> must be an instance method because some member is.</summary>
    public bool NeedsInstance =>
        !Reward.IsStatic || !Transition.IsStatic || Initial is { IsStatic: false } || Terminal is { IsStatic: false } || Allowed is { IsStatic: false } ||
        Features.Any(feature => !feature.IsStatic);

    /// <summary>
    /// The generated file's name, unique per model: the metadata name, with <c>+</c> before a nested type as in
    /// reflection, so that a namespace and an enclosing type of the same name cannot collide. Names are unescaped:
    /// a hint name may not contain <c>@</c>.
    /// </summary>
    public string HintName =>
        string.Concat(Namespace.Select(part => part + ".")) + string.Concat(ContainingTypes.Select(t => t.Name + "+")) + Name + ".g.cs";
}
