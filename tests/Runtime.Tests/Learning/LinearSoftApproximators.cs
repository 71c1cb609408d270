namespace MdpDsl.Runtime.Tests.Learning;

/// <summary>
/// The features φ(s) = (1, 1[s = 0], …, 1[s = n − 2]) of a state index: a bias every state shares plus an indicator
/// for each state but the last. They span the same functions of the state as a table, so soft value iteration's
/// answer is representable, but every update also moves every other state's estimate through the shared bias.
/// </summary>
internal sealed class BiasAndIndicators(int states) : IStateEncoder<int>
{
    public int FeatureCount => states;

    public void Encode(int state, Span<double> features)
    {
        features[..states].Clear();
        features[0] = 1;
        if (state < states - 1)
            features[state + 1] = 1;
    }
}
