using MdpDsl.Numerics;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Numerics;

/// <summary>
/// The optimized sweeps (blocked, parallel over chunks of states, vectorized exp and log, no bounds checks) against
/// the plain scalar reference loops, on tables large enough to take the parallel path, with disallowed actions
/// and terminal states, in both storages. They must agree to 1e-12 relative.
/// </summary>
public class KernelAgreementTests
{
    private const int States = 20_000;
    private const double Relative = 1e-12;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Hard_sweeps_match_the_scalar_reference(bool deterministic)
    {
        var (arrays, model, values) = Build(deterministic, seed: 1);
        Assert.Equal(deterministic, model.Table.IsDeterministic);
        var next = new double[States];
        Bellman.Sweep(model.Table, 0.95, values, next);
        AssertClose(Reference.Sweep(arrays, 0.95, Reference.Hard(arrays), values), next);
    }

    [Theory]
    [InlineData(false, 1.0)]
    [InlineData(true, 1.0)]
    [InlineData(false, 0.05)]
    [InlineData(true, 20.0)]
    public void Soft_sweeps_match_the_scalar_reference(bool deterministic, double temperature)
    {
        var (arrays, model, values) = Build(deterministic, seed: 2);
        var next = new double[States];
        Bellman.SoftSweep(model.Table, 0.95, temperature, values, next);
        AssertClose(Reference.Sweep(arrays, 0.95, Reference.Soft(arrays, temperature), values), next);
    }

    /// <summary>Random rows of 1–4 successors (one when deterministic), a few terminal states and masked actions, and values of mixed sign.</summary>
    private static (MdpArrays Arrays, ArrayModel Model, double[] Values) Build(bool deterministic, int seed)
    {
        var random = new Random(seed);
        var arrays = new MdpArrays(States, 3) { Deterministic = deterministic };
        for (var s = 0; s < States; s++)
        {
            arrays.Terminal[s] = random.NextDouble() < 0.02;
            for (var a = 0; a < 3; a++)
            {
                arrays.Allowed[s, a] = a == 0 || random.NextDouble() < 0.8;
                var count = deterministic ? 1 : random.Next(1, 5);
                var weights = Enumerable.Range(0, count).Select(_ => random.NextDouble() + 0.01).ToArray();
                var successors = weights.Select(w => (random.Next(States), w / weights.Sum())).ToArray();
                arrays.Set(s, (Act)a, -random.NextDouble() * 3, successors);
            }
        }
        var values = Enumerable.Range(0, States).Select(_ => random.NextDouble() * 20 - 10).ToArray();
        return (arrays, ArrayModel.Compile(arrays, 0.95), values);
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        for (var s = 0; s < States; s++)
            Approx.Equal(expected[s], actual[s], Relative * Math.Max(1, Math.Abs(expected[s])), $"V'({s})");
    }
}
