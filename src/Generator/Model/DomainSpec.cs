using System.Linq;

namespace MdpDsl.Generator.Model;

/// <summary>What kind of value set a state, field or action type spans.</summary>
internal enum DomainKind
{
    /// <summary>An enum: its distinct member values, in declaration order.</summary>
    Enum,

    /// <summary>A struct or record of finite fields, indexed by mixed-radix arithmetic.</summary>
    Composite,

    /// <summary>A type without a finite domain, whose states are discovered at run time.</summary>
    Opaque,
}

/// <summary>How generated code builds a composite value from its fields.</summary>
internal enum Construction
{
    /// <summary><c>new T(a, b)</c>, with the fields in constructor order.</summary>
    Constructor,

    /// <summary><c>new T { A = a, B = b }</c>.</summary>
    Initializer,
}

/// <summary>
/// The finite domain of a state, nested state or action type. Values only: type names are fully qualified
/// strings, so the record is equal across compilations whenever the declaration is.
/// </summary>
/// <param name="TypeName">The fully qualified type, with <c>global::</c>.</param>
/// <param name="SpaceName">The name of the generated <c>IFiniteSpace</c> struct for this type, unique within the model.</param>
/// <param name="Kind">Enum, composite or opaque.</param>
/// <param name="Count">The number of values (0 for an opaque type).</param>
/// <param name="EnumMembers">For an enum, one member name per distinct value, in declaration order.</param>
/// <param name="Fields">For a composite, its fields; the first is the most significant digit.</param>
/// <param name="Construction">For a composite, how it is built from its fields.</param>
internal sealed record DomainSpec(
    string TypeName,
    string SpaceName,
    DomainKind Kind,
    int Count,
    EquatableArray<string> EnumMembers,
    EquatableArray<FieldSpec> Fields,
    Construction Construction)
{
    /// <summary>
    /// The length of the generated encoder's feature vector: one per enum member, or the fields' features. A long: many
    /// one-hot fields of a reachable state could add up past an int, and then the type gets no encoder.
    /// </summary>
    public long FeatureCount => Kind == DomainKind.Enum ? EnumMembers.Count : Fields.Sum(f => f.FeatureCount);
}
