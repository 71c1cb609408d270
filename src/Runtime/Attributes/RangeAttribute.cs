using System;

namespace MdpDsl;

/// <summary>Gives an integer state field its finite domain: every value from <see cref="Min"/> to <see cref="Max"/>, inclusive.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class RangeAttribute : Attribute
{
    /// <summary>Declares the inclusive domain [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public RangeAttribute(long min, long max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>The smallest value, inclusive.</summary>
    public long Min { get; }

    /// <summary>The largest value, inclusive.</summary>
    public long Max { get; }
}
