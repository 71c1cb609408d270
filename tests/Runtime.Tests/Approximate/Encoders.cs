namespace MdpDsl.Runtime.Tests.Approximate;

/// <summary>
/// φ(s) = the indicator of s's index: with these features and no bias a linear approximator is a table, so the
/// approximate learners must reach what the exact solvers compute for the same model.
/// </summary>
internal sealed class IndexOneHot<TState>(Func<TState, int> indexOf, int count) : IStateEncoder<TState>
{
    public int FeatureCount => count;

    public void Encode(TState state, Span<double> features)
    {
        features[..count].Clear();
        features[indexOf(state)] = 1;
    }
}

/// <summary>Features computed by a function of the state, for the coarse encoders and the bad-input cases.</summary>
internal sealed class FunctionEncoder<TState>(int count, Func<TState, int, double> feature) : IStateEncoder<TState>
{
    public int FeatureCount => count;

    public void Encode(TState state, Span<double> features)
    {
        for (var i = 0; i < count; i++)
            features[i] = feature(state, i);
    }
}
