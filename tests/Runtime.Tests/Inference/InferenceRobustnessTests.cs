using System.Threading;
using MdpDsl.Runtime.Tests.TestModels;
namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>Long horizons, huge negative rewards and bad arguments: clear exceptions and never a NaN.</summary>
public class InferenceRobustnessTests
{
    [Fact]
    public void A_thousand_steps_of_rewards_of_minus_a_thousand_stay_finite()
    {
        var inference = CostlyChain.Compile().Inference();

        Assert.True(double.IsFinite(inference.LogEvidence));
        // Each step contributes about log(½e^−1 + ½e^−1000) ≈ −1 − log 2, so log p(O) ≈ −1693: far below what exp survives.
        Approx.Equal(-1000 * (1 + Math.Log(2)), inference.LogEvidence, 1, "log p(O)");
        foreach (var stage in inference.Stages)
        {
            foreach (var v in stage.V.AsSpan())
                Assert.True(double.IsFinite(v) && v <= 0, $"step {stage.Step}: log β = {v}");
            foreach (var p in stage.Policy.AsSpan())
                Assert.True(p is >= 0 and <= 1);
        }
        foreach (var marginal in inference.Marginals)
            Assert.All(marginal.AsSpan().ToArray(), p => Assert.True(double.IsFinite(p)));
    }

    [Fact]
    public void With_the_exponential_likelihood_messages_are_probabilities()
    {
        var inference = CostlyChain.Compile().Inference(horizon: 3);
        // β_t(s) = p(O_t … O_{T−1} | s_t) ≤ 1 when every reward is ≤ 0.
        foreach (var stage in inference.Stages)
            Assert.All(stage.Q.AsSpan().ToArray(), q => Assert.True(q <= 0));
        Assert.InRange(Math.Exp(inference.LogEvidence), 0, 1);
    }

    [Fact]
    public void Bad_arguments_get_clear_exceptions()
    {
        var model = CostlyChain.Compile();
        var horizon = Assert.Throws<ArgumentOutOfRangeException>(() => model.Inference(horizon: 0));
        Assert.Equal("horizon", horizon.ParamName);
        Assert.StartsWith("The horizon must be at least 1.", horizon.Message);
        var sum = Assert.Throws<ArgumentException>(() => model.Inference(horizon: 2, initial: [(new CostlyChain.Cell(0), 0.5), (new CostlyChain.Cell(1), 0.4)]));
        Assert.Contains("sums to 0.9", sum.Message);
        var outside = Assert.Throws<ArgumentException>(() => model.Inference(horizon: 2, initial: [(new CostlyChain.Cell(12), 1.0)]));
        Assert.Contains("Cell { X = 12 }", outside.Message);
        Assert.Equal("policies", Assert.Throws<ArgumentNullException>(() => model.Elbo((IReadOnlyList<Policy<CostlyChain.Cell, CostlyChain.Step>>)null!)).ParamName);
        var none = Assert.Throws<ArgumentException>(() => model.Elbo(Array.Empty<Policy<CostlyChain.Cell, CostlyChain.Step>>()));
        Assert.Equal("policies", none.ParamName);
        Assert.StartsWith("At least one step's policy is needed.", none.Message);
    }

    [Fact]
    public void Inference_can_be_cancelled_and_a_disallowed_action_has_no_message()
    {
        var model = CostlyChain.Compile();
        Assert.Throws<OperationCanceledException>(() => model.Inference(horizon: 2, cancellationToken: new CancellationToken(canceled: true)));

        // A2 is allowed nowhere on this line: log β of the pair is −∞ at every step, and the posterior never takes it.
        // With a discount even a pair without successors could leave by the exit, so −∞ must come from the pair's not being allowed.
        var arrays = SmallModels.Line(4, actions: 3);
        arrays.Initial.Add((0, 1.0));
        var inference = ArrayModel.Compile(arrays, 0.9, horizon: 3).Inference();
        foreach (var stage in inference.Stages)
        {
            Assert.Equal(double.NegativeInfinity, stage.Q[0, Act.A2]);
            Assert.Equal(0, stage.Policy.Probability(0, Act.A2));
        }
    }

    [Theory]
    [InlineData(-0.5, "-0.5")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "∞")]
    [InlineData(double.NegativeInfinity, "-∞")]
    public void An_initial_probability_that_is_not_a_probability_is_named_with_its_state(double probability, string text)
    {
        var model = CostlyChain.Compile();

        var error = Assert.Throws<ArgumentException>(() => model.Inference(horizon: 2, initial: [(new CostlyChain.Cell(0), 1.0), (new CostlyChain.Cell(3), probability)]));

        Assert.Equal("initial", error.ParamName);
        Assert.StartsWith($"The initial distribution gives state Cell {{ X = 3 }} the probability {text}.", error.Message);
    }

    [Fact]
    public void An_initial_state_of_probability_zero_is_allowed()
    {
        var inference = CostlyChain.Compile().Inference(horizon: 2, initial: [(new CostlyChain.Cell(0), 1.0), (new CostlyChain.Cell(3), 0.0)]);

        Assert.Equal(0, inference.Marginals[0][new CostlyChain.Cell(3)]);
    }

    [Fact]
    public void A_model_without_an_initial_state_asks_for_a_distribution()
    {
        var arrays = new MdpArrays(1, 1);
        arrays.Set(0, Act.A0, -1, (0, 1.0));
        var model = ArrayModel.Compile(arrays, 0.9, horizon: 2);

        foreach (var refusal in new Action[] { () => model.Inference(), () => model.Elbo([model.UniformPolicy()]) })
        {
            var error = Assert.Throws<ArgumentException>(refusal);
            Assert.Equal("initial", error.ParamName);
            Assert.StartsWith("The model declares no [Initial] state: pass an initial distribution.", error.Message);
        }
    }

    [Fact]
    public void A_missing_horizon_is_refused_naming_the_parameter_to_pass()
    {
        var error = Assert.Throws<ArgumentException>(() => Discounted.Compile().Inference());
        Assert.Equal("horizon", error.ParamName);
        Assert.StartsWith(
            "The model declares no horizon: pass the number of steps, Inference(horizon: …), or use StationaryInference() for " +
            "the infinite-horizon fixed point.",
            error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_temperature_that_is_not_positive_and_finite_is_refused(double temperature)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Discounted.Compile().Inference(horizon: 3, temperature: temperature));
        Assert.Equal("temperature", error.ParamName);
    }
}
