using MdpDsl.Runtime.Tests.TestModels;
using static MdpDsl.Runtime.Tests.Inference.Lottery;

namespace MdpDsl.Runtime.Tests.Inference;

/// <summary>Backward messages on the lottery, against closed forms written out by hand.</summary>
public class ExactInferenceTests
{
    private const double Tight = 1e-12;
    private static readonly double Log2 = Math.Log(2);

    [Fact]
    public void Backward_messages_match_the_closed_form()
    {
        var inference = Lottery.Compile().Inference();

        // Step 1 (one step left): every outcome state gets its reward whatever the action, so log β_1(s) = r(s).
        Approx.Equal(-1, inference.Stages[1].V[Spot.Safe], Tight, "log β_1(Safe)");
        Approx.Equal(2, inference.Stages[1].V[Spot.Jackpot], Tight, "log β_1(Jackpot)");
        Approx.Equal(-10, inference.Stages[1].V[Spot.Bust], Tight, "log β_1(Bust)");

        // Step 0: log β_0(Start, a) = r(Start) + log E[β_1(s')], and a uniform prior over the two actions.
        var hold = -1.0;
        var play = Math.Log(WinProbability * Math.Exp(2) + (1 - WinProbability) * Math.Exp(-10));
        Approx.Equal(hold, inference.Stages[0].Q[Spot.Start, Choice.Hold], Tight, "log β_0(Start, Hold)");
        Approx.Equal(play, inference.Stages[0].Q[Spot.Start, Choice.Play], Tight, "log β_0(Start, Play)");
        var start = Math.Log(0.5 * Math.Exp(hold) + 0.5 * Math.Exp(play));
        Approx.Equal(start, inference.Stages[0].V[Spot.Start], Tight, "log β_0(Start)");

        // The posterior policy is p(a|s) β(s, a) / β(s), and the evidence is β_0 of the one start state.
        Approx.Equal(0.5 * Math.Exp(play - start), inference.Stages[0].Policy.Probability(Spot.Start, Choice.Play), Tight, "π_0(Play | Start)");
        Approx.Equal(start, inference.LogEvidence, Tight, "log p(O)");
    }

    [Fact]
    public void Exact_inference_is_optimistic_about_the_lottery_and_soft_value_iteration_is_not()
    {
        var model = Lottery.Compile();
        var exact = model.Inference();
        var soft = model.SoftValueIteration();

        // Soft VI has no action prior: its values exceed log β_t by (steps left) · log |A| wherever dynamics are
        // deterministic, so compare on that common footing.
        for (var t = 0; t < 2; t++)
        {
            foreach (var s in Lottery.States.Where(s => s != Spot.Done))
            {
                var exactV = exact.Stages[t].V[s] + (2 - t) * Log2;
                Assert.True(exactV >= soft.Stages[t].V[s] - Tight, $"step {t}, {s}: exact {exactV} < variational {soft.Stages[t].V[s]}");
            }
        }

        // Soft VI backs up E[V'] for Play: 0.1 · 2 + 0.9 · (−10), plus the prior constant of the next step.
        var variationalPlay = WinProbability * 2 + (1 - WinProbability) * -10 + Log2;
        Approx.Equal(variationalPlay, soft.Stages[0].Q[Spot.Start, Choice.Play], 1e-12, "soft Q_0(Start, Play)");
        Assert.True(exact.Stages[0].Q[Spot.Start, Choice.Play] + Log2 > variationalPlay + 5, "exact inference should be far more optimistic about Play");

        // The optimism shows up exactly where the dice are: a strict gap for Play, none for the deterministic Hold.
        Assert.True(exact.OptimismGap(0, Spot.Start, Choice.Play) > 1);
        Approx.Equal(0, exact.OptimismGap(0, Spot.Start, Choice.Hold), Tight, "gap for Hold");
        Assert.True(exact.DynamicsKl > 0);

        // Exact inference even prefers the lottery; the variational policy holds.
        Assert.Equal(Choice.Play, exact.Stages[0].Policy.Act(Spot.Start));
        Assert.Equal(Choice.Hold, soft.Stages[0].Policy.Act(Spot.Start));
    }

    [Fact]
    public void The_posterior_tilts_the_dynamics_toward_the_jackpot()
    {
        var exact = Lottery.Compile().Inference();
        var tilted = exact.PosteriorDynamics(0, Spot.Start, Choice.Play).ToDictionary(x => x.State, x => x.Probability);

        // q(s') ∝ p(s') β_1(s') with β_1 = exp(r).
        var win = WinProbability * Math.Exp(2);
        var lose = (1 - WinProbability) * Math.Exp(-10);
        Approx.Equal(win / (win + lose), tilted[Spot.Jackpot], Tight, "q(Jackpot)");
        Approx.Equal(lose / (win + lose), tilted[Spot.Bust], Tight, "q(Bust)");

        // The gap is KL(p ‖ q) and the tilt's own divergence is KL(q ‖ p).
        var (p, q) = (new[] { WinProbability, 1 - WinProbability }, new[] { tilted[Spot.Jackpot], tilted[Spot.Bust] });
        Approx.Equal(p[0] * Math.Log(p[0] / q[0]) + p[1] * Math.Log(p[1] / q[1]), exact.OptimismGap(0, Spot.Start, Choice.Play), 1e-12, "KL(p‖q)");
        Approx.Equal(q[0] * Math.Log(q[0] / p[0]) + q[1] * Math.Log(q[1] / p[1]), exact.PosteriorDynamicsKl(0, Spot.Start, Choice.Play), 1e-12, "KL(q‖p)");
    }
}
