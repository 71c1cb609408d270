using System;
using System.Collections.Generic;

namespace MdpDsl;

/// <summary>
/// Named features φ(s, a) ∈ ℝᵈ for every (state, action) pair of a model, the basis of a linear reward
/// r(s, a) = θ · φ(s, a). Obtain one from the model's <c>Features(…)</c>; rows of terminal states and
/// disallowed actions are 0.
/// </summary>
public sealed class FeatureMatrix
{
    internal FeatureMatrix(IReadOnlyList<string> names, double[] values, object owner)
    {
        Names = names;
        Values = values;
        Owner = owner;
    }

    /// <summary>The feature names, in column order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The number of features d.</summary>
    public int Count => Names.Count;

    /// <summary>φ, row-major: feature i of pair p = s · ActionCount + a is at <c>p · Count + i</c>.</summary>
    internal double[] Values { get; }

    /// <summary>The ownership token of the compiled model whose pairs the rows follow.</summary>
    internal object Owner { get; }

    /// <summary>The features of pair <paramref name="pair"/>.</summary>
    internal ReadOnlySpan<double> Row(int pair) => Values.AsSpan(pair * Count, Count);
}
