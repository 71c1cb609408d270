using System;

namespace MdpDsl;

/// <summary>
/// Chooses how the generated state encoder (the static <c>Encoder</c> of the model class) encodes a
/// <see cref="RangeAttribute"/> integer field: <see cref="FeatureEncoding.OneHot"/>, <see cref="FeatureEncoding.Scaled"/>,
/// or both (<c>FeatureEncoding.OneHot | FeatureEncoding.Scaled</c>: the one-hot block, then the scaled value). Without
/// it, a range of at most <see cref="OneHotLimit"/> values is one-hot and a wider one scaled. Bools, enums and nested
/// types have no choice (they are one-hot, or flattened); the attribute on them is reported (MDP020) and ignored.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class EncodingAttribute : Attribute
{
    /// <summary>
    /// The widest range one-hot by default: 16 values. Small ranges (a coordinate of a small grid, a stock of a few
    /// units) are where a value-by-value weight pays and costs few features; above, one-hot vectors grow with the
    /// range while neighbouring values usually behave alike, which one scaled feature keeps in order.
    /// </summary>
    public const int OneHotLimit = 16;

    /// <summary>Encodes the field as <paramref name="encoding"/> says.</summary>
    public EncodingAttribute(FeatureEncoding encoding) => Encoding = encoding;

    /// <summary>The chosen encoding.</summary>
    public FeatureEncoding Encoding { get; }
}
