namespace MdpDsl.Generator.Model;

/// <summary>How a field of a composite state contributes a digit.</summary>
internal enum FieldKind
{
    /// <summary>false = 0, true = 1.</summary>
    Bool,

    /// <summary>An integer in [Min, Max].</summary>
    Integer,

    /// <summary>An enum or nested [State] type, with a space of its own.</summary>
    Nested,
}

/// <summary>How the generated encoder turns an integer field into features; flags, as <c>MdpDsl.FeatureEncoding</c>.</summary>
[System.Flags]
internal enum FieldEncoding
{
    /// <summary>One feature per value of the range.</summary>
    OneHot = 1,

    /// <summary>One feature, (v − Min) / (Max − Min).</summary>
    Scaled = 2,
}

/// <summary>One field of a composite state: one digit of its mixed-radix index.</summary>
/// <param name="Name">The member name, unescaped.</param>
/// <param name="TypeName">The fully qualified field type.</param>
/// <param name="Kind">Bool, integer or nested.</param>
/// <param name="Min">The smallest integer value (integers only).</param>
/// <param name="Max">The largest integer value (integers only).</param>
/// <param name="Nested">The nested domain (nested only).</param>
/// <param name="Encoding">How the encoder encodes an integer; one-hot for the other kinds.</param>
internal sealed record FieldSpec(string Name, string TypeName, FieldKind Kind, long Min, long Max, DomainSpec? Nested, FieldEncoding Encoding)
{
    /// <summary>
    /// Max − Min, exact for every range of longs: the difference wraps as a long (by up to 2^64 − 1) but not as
    /// an unsigned long.
    /// </summary>
    public ulong Span => unchecked((ulong)(Max - Min));

    /// <summary>The number of values this digit takes; the parser accepts integer fields only when it fits an int.</summary>
    public long Radix => Kind switch
    {
        FieldKind.Bool => 2,
        FieldKind.Integer => (long)Span + 1,
        _ => Nested?.Count ?? 0,
    };

    /// <summary>
    /// The features this field takes: a bool's two, an integer's one-hot block and/or scaled value, an enum's one per
    /// member, a nested composite's own fields'.
    /// </summary>
    public long FeatureCount => Kind switch
    {
        FieldKind.Bool => 2,
        FieldKind.Integer => ((Encoding & FieldEncoding.OneHot) != 0 ? Radix : 0) + ((Encoding & FieldEncoding.Scaled) != 0 ? 1 : 0),
        _ => Nested?.FeatureCount ?? 0,
    };
}
