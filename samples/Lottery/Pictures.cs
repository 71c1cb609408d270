using System.Linq;
using System.Globalization;
using MdpDsl.Plotting;
using static Samples.Lottery.Lottery;

namespace Samples.Lottery;

/// <summary>Bar charts of the comparison: what each method thinks of the two choices, and what each believes the ticket does.</summary>
internal static class Pictures
{
    // One colour per point of view in every panel: exact inference and what it believes in vermillion, the
    // variational answer and the true dynamics it keeps in blue.
    private const string ExactColor = "#D55E00";
    private const string TrueColor = "#0072B2";

    public static Figure Comparison(Comparison comparison)
    {
        var (exact, soft) = (comparison.Exact, comparison.Soft);
        var actions = comparison.Model.Actions;
        var names = actions.Select(a => a.ToString()).ToArray();

        var values = new BarChart(names) { Title = "Action values at the start", YCaption = "Q₀(Start, a), prior counted", XCaption = "action", ShowValues = true };
        values.AddSeries("exact inference", actions.Select(a => exact.Stages[0].Q[Begin, a]), ExactColor);
        values.AddSeries("variational (soft VI)", actions.Select(a => comparison.VariationalQ(0, Begin, a)), TrueColor);

        var policies = new BarChart(names) { Title = "Policy at the start", YCaption = "π₀(a | Start)", XCaption = "action", ShowValues = true };
        policies.AddSeries("exact inference", actions.Select(a => exact.Stages[0].Policy.Probability(Begin, a)), ExactColor);
        policies.AddSeries("variational (soft VI)", actions.Select(a => soft.Stages[0].Policy.Probability(Begin, a)), TrueColor);

        var outcomes = comparison.Model.Transitions(Begin, Choice.Ticket);
        var truth = outcomes.Single(o => o.State == Fortune.Jackpot).Probability;
        var believed = comparison.Posterior(0, Begin, Choice.Ticket, Fortune.Jackpot);
        var dynamics = new BarChart(outcomes.Select(o => o.State.ToString()).ToArray())
        {
            Title = "What the ticket does",
            YCaption = "p(s₁ | Start, Ticket)",
            XCaption = "outcome",
            ShowValues = true,
        };
        dynamics.AddSeries("posterior, given O", outcomes.Select(o => comparison.Posterior(0, Begin, Choice.Ticket, o.State)), ExactColor);
        dynamics.AddSeries("true dynamics", outcomes.Select(o => o.Probability), TrueColor);

        return new Figure(values, policies, dynamics)
        {
            Title = "Exact inference is optimistic about the lottery; the variational answer is not",
            Subtitle = string.Create(CultureInfo.InvariantCulture, $"action values in nats, the uniform action prior counted in both; true p(win) = {truth:0.00}, ")
                + string.Create(CultureInfo.InvariantCulture, $"the posterior believes {believed:0.00}"),
            Width = 1500,
            Height = 520,
        };
    }
}
