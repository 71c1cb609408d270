using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// The small model the inference tests enumerate by hand: state 2 is terminal; both other states have two stochastic
/// actions with rewards of both signs; episodes start in state 0 or 1 (0.6, 0.4).
/// </summary>
public static class TinyStochasticModel
{
    /// <summary>A fresh copy of the model's arrays, which a test may extend.</summary>
    public static MdpArrays Arrays()
    {
        var arrays = new MdpArrays(3, 2);
        arrays.Terminal[2] = true;
        arrays.Set(0, Act.A0, -0.5, (0, 0.3), (1, 0.7));
        arrays.Set(0, Act.A1, 0.4, (2, 0.5), (1, 0.5));
        arrays.Set(1, Act.A0, -1.2, (1, 1.0));
        arrays.Set(1, Act.A1, 0.3, (0, 0.6), (2, 0.4));
        arrays.Initial.AddRange([(0, 0.6), (1, 0.4)]);
        return arrays;
    }
}
