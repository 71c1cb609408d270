using System.Threading;
using MdpDsl.Runtime.Tests.Solvers;
using MdpDsl.Runtime.Tests.TestModels;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>
/// The infinite-horizon fixed point of exact inference, against closed forms of one-state models, the long-horizon
/// limit of backward induction, soft value iteration and the ELBO.
/// </summary>
public class StationaryInferenceTests
{
    private const double Tight = 1e-9;

    /// <summary>One state that loops on itself under both actions, with rewards r₀ and r₁.</summary>
    private static ArrayModel Loop(double r0, double r1, double discount)
    {
        var arrays = new MdpArrays(1, 2);
        arrays.Set(0, Act.A0, r0, (0, 1.0));
        arrays.Set(0, Act.A1, r1, (0, 1.0));
        arrays.Initial.Add((0, 1.0));
        return ArrayModel.Compile(arrays, discount);
    }

    [Theory]
    [InlineData(-1.0, -3.0, 0.9, 1.0)]
    [InlineData(0.5, -2.0, 0.6, 0.5)]
    [InlineData(-0.2, -0.1, 0.99, 4.0)]
    public void A_looping_state_has_the_closed_form_fixed_point(double r0, double r1, double discount, double temperature)
    {
        var model = Loop(r0, r1, discount);
        var prior = model.CreatePolicy((_, a) => a == Act.A0 ? 0.3 : 0.7);

        var exact = model.StationaryInference(prior, temperature);

        // β = c (γ β + 1 − γ) with c = Σ_a p(a) exp(r_a / T), so β = c (1 − γ) / (1 − c γ), when c γ < 1.
        var c = 0.3 * Math.Exp(r0 / temperature) + 0.7 * Math.Exp(r1 / temperature);
        var beta = c * (1 - discount) / (1 - c * discount);
        Assert.True(exact.Converged);
        Approx.Equal(temperature * Math.Log(beta), exact.V[0], Tight, "V = T·log β");
        Approx.Equal(r0 + temperature * Math.Log(discount * beta + 1 - discount), exact.Q[0, Act.A0], Tight, "Q(A0)");
        Approx.Equal(0.3 * Math.Exp(r0 / temperature) / c, exact.Policy.Probability(0, Act.A0), Tight, "π(A0)");
        Assert.NotNull(exact.ErrorBound);
        Assert.True(exact.ErrorBound <= Tight);
    }

    [Fact]
    public void Without_discount_a_state_that_can_end_has_the_closed_form_fixed_point()
    {
        // Stop ends the episode at cost 1; Stay costs 2 and loops: β = p e^{−1} + (1 − p) e^{−2} β.
        var arrays = new MdpArrays(2, 2);
        arrays.Terminal[1] = true;
        arrays.Set(0, Act.A0, -1, (1, 1.0));
        arrays.Set(0, Act.A1, -2, (0, 1.0));
        arrays.Initial.Add((0, 1.0));
        var model = ArrayModel.Compile(arrays, 1.0);

        var exact = model.StationaryInference();
        var soft = model.SoftValueIteration(actionPrior: model.UniformPolicy());

        var beta = 0.5 * Math.Exp(-1) / (1 - 0.5 * Math.Exp(-2));
        Approx.Equal(Math.Log(beta), exact.V[0], Tight, "V = log β");
        // Deterministic dynamics without discount: exact inference is soft value iteration with the same prior.
        Approx.Equal(soft.V[0], exact.V[0], Tight, "V against soft VI");
        Approx.Equal(soft.Policy.Probability(0, Act.A1), exact.Policy.Probability(0, Act.A1), Tight, "π(Stay) against soft VI");
        // κ = 1: nothing contracts, so there is no bound to give.
        Assert.Null(exact.ErrorBound);
    }

    /// <summary>
    /// State 0 loops at a cost and state 1 at a gain. At the fixed point the posterior in a looping state goes on with
    /// probability ρ = γβ / (γβ + 1 − γ) = cγ, which in state 1 is 0.970, far above γ = 0.9: the backup contracts by that,
    /// so stopping and bounding by γ alone would stop far too early and promise too much.
    /// </summary>
    [Theory]
    [InlineData(1.0)]
    [InlineData(0.25)]
    public void Rewards_above_zero_slow_the_contraction_and_the_stopping_rule_and_bound_follow_it(double temperature)
    {
        const double discount = 0.9, tolerance = 1e-6;
        var arrays = new MdpArrays(2, 2);
        arrays.Set(0, Act.A0, -1 * temperature, (0, 1.0));
        arrays.Set(0, Act.A1, -2 * temperature, (0, 1.0));
        arrays.Set(1, Act.A0, 0.1 * temperature, (1, 1.0));
        arrays.Set(1, Act.A1, 0.05 * temperature, (1, 1.0));
        arrays.Initial.Add((0, 1.0));
        var model = ArrayModel.Compile(arrays, discount);
        var progress = new RecordingProgress();

        var exact = model.StationaryInference(temperature: temperature, tolerance: tolerance, progress: progress);

        // Uniform prior: c = (exp(r₀ / T) + exp(r₁ / T)) / 2, with the rewards scaled by T.
        var (cost, gain) = ((Math.Exp(-1) + Math.Exp(-2)) / 2, (Math.Exp(0.1) + Math.Exp(0.05)) / 2);
        double FixedPoint(double c) => temperature * Math.Log(c * (1 - discount) / (1 - c * discount));
        var error = Math.Max(Math.Abs(exact.V[0] - FixedPoint(cost)), Math.Abs(exact.V[1] - FixedPoint(gain)));
        Assert.True(exact.Converged);
        Assert.True(error <= tolerance / 2, $"V is {error:R} from the fixed point, more than ε/2");
        Assert.NotNull(exact.ErrorBound);
        Assert.True(error <= exact.ErrorBound, $"the bound {exact.ErrorBound:R} is below the error {error:R}");
        // The rule aims at ε/2 with κ measured at the current values; the proven bound lands within 1 % of it here.
        Assert.True(exact.ErrorBound <= 1.01 * tolerance / 2, $"the bound {exact.ErrorBound:R} is above ε/2");

        // The run stops at the first change within ε(1 − κ)/2κ, κ = cγ of state 1.
        var kappa = gain * discount;
        var reports = progress.Reports;
        Approx.Equal(tolerance * (1 - kappa) / (2 * kappa), reports[^1].Threshold, 1e-3 * reports[^1].Threshold, "the last threshold");
        Assert.True(reports[^1].Residual <= reports[^1].Threshold);
        Assert.All(reports.SkipLast(1), report => Assert.True(report.Residual > report.Threshold, $"iteration {report.Iteration} was already within"));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    public void Far_from_the_fixed_point_the_bound_grows_until_one_backup_proves_it(int sweeps)
    {
        // The same gaining loop, cut short while V still rises: κ at V is well below the fixed point's, so κ/(1 − κ) times
        // the last change falls short of the error, and the bound must be widened before the backups from V ± c confirm it.
        const double discount = 0.9;
        var arrays = new MdpArrays(2, 2);
        arrays.Set(0, Act.A0, -1, (0, 1.0));
        arrays.Set(0, Act.A1, -2, (0, 1.0));
        arrays.Set(1, Act.A0, 0.1, (1, 1.0));
        arrays.Set(1, Act.A1, 0.05, (1, 1.0));
        arrays.Initial.Add((0, 1.0));

        var cut = ArrayModel.Compile(arrays, discount).StationaryInference(maxIterations: sweeps);

        var gain = (Math.Exp(0.1) + Math.Exp(0.05)) / 2;
        var error = Math.Abs(cut.V[1] - Math.Log(gain * (1 - discount) / (1 - gain * discount)));
        var kappa = Math.Max(discount, 1 - (1 - discount) * Math.Exp(-(cut.Q[1, Act.A0] - 0.1)));
        Assert.False(cut.Converged);
        Assert.True(kappa / (1 - kappa) * cut.Residual < error, "the estimate alone would hold: the test tests nothing");
        Assert.NotNull(cut.ErrorBound);
        Assert.InRange(error, 0, cut.ErrorBound.Value);
        Assert.True(cut.ErrorBound <= 4 * error, $"the bound {cut.ErrorBound:R} is loose against the error {error:R}");
    }

    [Fact]
    public void Messages_that_leave_the_range_of_a_double_are_reported_with_the_state()
    {
        // State 1 gains 1e308 in every step: V(1) = 1e308 after one sweep and +∞ after two, before any growth is seen.
        var arrays = new MdpArrays(2, 1);
        arrays.Set(0, Act.A0, -1, (0, 1.0));
        arrays.Set(1, Act.A0, 1e308, (1, 1.0));
        arrays.Initial.Add((0, 1.0));

        var error = Assert.Throws<DivergenceException>(() => ArrayModel.Compile(arrays, 0.9).StationaryInference());

        Assert.Equal(2, error.Iteration);
        Assert.Equal(1, error.State);
        Assert.Equal(double.PositiveInfinity, error.Value);
        Assert.Equal(
            "Exact inference's messages stopped being finite at iteration 2: V(1) = T·log β(1) = ∞. " +
            "Scale the rewards down, or pass a finite horizon, Inference(horizon: …).",
            error.Message);
    }

    [Theory]
    [InlineData(0.8, 0.7)]
    [InlineData(0.5, 2.0)]
    public void The_fixed_point_is_the_limit_of_ever_longer_horizons_and_above_soft_value_iteration(double discount, double temperature)
    {
        var arrays = new MdpArrays(3, 2);
        arrays.Terminal[2] = true;
        arrays.Set(0, Act.A0, -0.5, (0, 0.3), (1, 0.7));
        arrays.Set(0, Act.A1, 0.4, (2, 0.5), (1, 0.5));
        arrays.Set(1, Act.A0, -1.2, (1, 1.0));
        arrays.Set(1, Act.A1, 0.3, (0, 0.6), (2, 0.4));
        arrays.Initial.AddRange([(0, 0.6), (1, 0.4)]);
        var model = ArrayModel.Compile(arrays, discount);
        var prior = model.CreatePolicy((s, a) => s == 0 ? (a == Act.A0 ? 0.7 : 0.3) : (a == Act.A0 ? 0.25 : 0.75));

        var exact = model.StationaryInference(prior, temperature);
        // 400 steps of backward induction: the fixed point's pull halves the distance at least every few steps here.
        var finite = model.Inference(horizon: 400, actionPrior: prior, temperature: temperature);
        var soft = model.SoftValueIteration(temperature: temperature, actionPrior: prior);

        for (var s = 0; s < 2; s++)
        {
            Approx.Equal(finite.Stages[0].V[s], exact.V[s], 1e-8, $"V({s}) against H = 400");
            foreach (var a in new[] { Act.A0, Act.A1 })
                Assert.True(exact.Q[s, a] > soft.Q[s, a], $"Q({s}, {a}): exact {exact.Q[s, a]} ≤ variational {soft.Q[s, a]}");
        }

        // The ELBO of the variational policy is at most T·log p(O), p(O) = Σ p(s_0) β(s_0).
        var logEvidence = Math.Log(0.6 * Math.Exp(exact.V[0] / temperature) + 0.4 * Math.Exp(exact.V[1] / temperature));
        var elbo = model.Elbo(soft, prior, temperature: temperature);
        Assert.True(elbo < temperature * logEvidence, $"ELBO {elbo} ≥ T·log p(O) = {temperature * logEvidence}");
    }

    [Fact]
    public void Messages_that_grow_without_bound_are_reported_with_the_state()
    {
        // c γ = 0.9 e > 1: the posterior expects to stay forever, so β grows by log(c γ) per sweep.
        var model = Loop(1, 1, 0.9);
        var error = Assert.Throws<DivergenceException>(() => model.StationaryInference());
        Assert.Equal(0, error.State);
        // From V = 0 each sweep adds log(γ e^V + 1 − γ) + 1, which tends to log(0.9 e) = 0.894600775.
        Assert.Matches(@"^Exact inference has no infinite-horizon fixed point here: after \d+ sweeps V\(0\) = T·log β\(0\) = \d+\.?\d* and it grows by 0\.8946\d* in every sweep\. ", error.Message);
        Assert.EndsWith(
            "The posterior expects to go on forever, collecting the rewards and the prior's weight at a rate the exit 1 − γ does " +
            "not outweigh (exact inference's optimism makes this happen sooner than in soft value iteration). Lower the " +
            "temperature or the rewards, lower the discount, or pass a finite horizon, Inference(horizon: …).",
            error.Message);
    }

    [Fact]
    public void Bad_arguments_progress_and_cancellation()
    {
        var model = Loop(-1, -2, 0.9);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.StationaryInference(temperature: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.StationaryInference(tolerance: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.StationaryInference(maxIterations: 0));
        Assert.Throws<ArgumentException>(() => model.StationaryInference(Loop(-1, -2, 0.9).UniformPolicy()));
        Assert.Throws<OperationCanceledException>(() => model.StationaryInference(cancellationToken: new CancellationToken(true)));

        var progress = new RecordingProgress();
        var capped = model.StationaryInference(maxIterations: 3, progress: progress);
        Assert.False(capped.Converged);
        Assert.Equal([1, 2, 3], progress.Reports.Select(r => r.Iteration));
    }
}
