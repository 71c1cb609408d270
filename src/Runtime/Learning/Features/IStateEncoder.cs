using System;

namespace MdpDsl;

/// <summary>
/// A fixed-length feature vector φ(s) of a typed state, for learners that approximate values and policies instead of
/// tabulating them. The generator adds one to every model class (its static <c>Encoder</c>); implement it to choose other
/// features.
/// </summary>
/// <typeparam name="TState">The state type.</typeparam>
public interface IStateEncoder<in TState>
{
    /// <summary>The length of every feature vector.</summary>
    int FeatureCount { get; }

    /// <summary>Writes φ(<paramref name="state"/>) into the first <see cref="FeatureCount"/> entries of <paramref name="features"/>, allocating nothing.</summary>
    /// <exception cref="ArgumentException"><paramref name="features"/> is shorter than <see cref="FeatureCount"/>.</exception>
    void Encode(TState state, Span<double> features);
}
