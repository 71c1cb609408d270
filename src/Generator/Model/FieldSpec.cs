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

/// <summary>One field of a composite state: one digit of its mixed-radix index.</summary>
/// <param name="Name">The member name, unescaped.</param>
/// <param name="TypeName">The fully qualified field type.</param>
/// <param name="Kind">Bool, integer or nested.</param>
/// <param name="Min">The smallest integer value (integers only).</param>
/// <param name="Max">The largest integer value (integers only).</param>
/// <param name="Nested">The nested domain (nested only).</param>
internal sealed record FieldSpec(string Name, string TypeName, FieldKind Kind, long Min, long Max, DomainSpec? Nested)
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
}
