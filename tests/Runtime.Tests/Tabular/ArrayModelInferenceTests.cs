using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Tabular;

/// <summary>
/// Control as inference on a model from arrays: with deterministic dynamics, exact inference and soft value
/// iteration with the same (uniform) action prior are the same computation (Levine 2018, §2.3 and §3).
/// </summary>
public class ArrayModelInferenceTests
{
    [Fact]
    public void Exact_inference_equals_soft_value_iteration_under_deterministic_dynamics()
    {
        (int, double)[][][] rows =
        [
            [[(0, 1.0)], [(1, 1.0)]],
            [[(2, 1.0)], [(0, 1.0)]],
            [[(2, 1.0)], [(1, 1.0)]],
        ];
        var rewards = new[,] { { -1.0, -0.5 }, { -0.2, -1.5 }, { 0.0, -0.3 } };
        var options = new TabularMdpOptions { Horizon = 3, Initial = [1.0 / 3, 1.0 / 3, 1.0 / 3], Likelihood = Optimality.Exponential };
        var model = TabularMdp.FromSparse(rows, rewards, 1.0, options);

        var exact = model.Inference();
        var soft = model.SoftValueIteration(actionPrior: model.UniformPolicy());
        Assert.Equal(3, exact.Stages.Count);
        for (var t = 0; t < 3; t++)
        {
            for (var s = 0; s < 3; s++)
            {
                Approx.Equal(soft.Stages[t].V[s], exact.Stages[t].V[s], 1e-12, $"V_{t}({s})");
                for (var a = 0; a < 2; a++)
                    Approx.Equal(soft.Stages[t].Policy.Probability(s, a), exact.Stages[t].Policy.Probability(s, a), 1e-12, $"π_{t}({a}|{s})");
            }
        }
    }
}
