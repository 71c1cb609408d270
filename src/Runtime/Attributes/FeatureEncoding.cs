using System;

namespace MdpDsl;

/// <summary>
/// How the generated state encoder turns a <see cref="RangeAttribute"/> integer field into features; chosen per
/// field with <see cref="EncodingAttribute"/>. Bools and enums are always one-hot; a nested [State] type is
/// flattened into its own fields' features.
/// </summary>
[Flags]
public enum FeatureEncoding
{
    /// <summary>
    /// One feature per value of the range, 1 at the field's value and 0 elsewhere: a linear learner can then give every
    /// value its own weight, but the vector grows with the range. The default for ranges of at most
    /// <see cref="EncodingAttribute.OneHotLimit"/> values.
    /// </summary>
    OneHot = 1,

    /// <summary>
    /// One feature, (v − min) / (max − min) in [0, 1] (0 for a range of one value): compact, and ordered the way the
    /// values are, but a linear learner sees only a straight line in it. The default for wider ranges.
    /// </summary>
    Scaled = 2,
}
