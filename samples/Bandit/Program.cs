using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using MdpDsl;
using MdpDsl.Plotting;
using Samples.Bandit;

// The same digits on every machine, and Greek letters that survive consoles with a legacy code page (Windows).
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;
var outputFolder = args.Length > 0 ? args[0] : "output";

// Operant conditioning as in the tutorial: a softmax policy over the arms, reinforced by the reward of each pull,
// measured against the reward expected so far (the baseline) or not at all. Sutton & Barto's Figure 2.5 setting:
// 200 bandits with means around 4, 1,000 pulls each, step sizes 0.1 and 0.4.
const int Bandits = 200, Pulls = 1_000;
var bandits = Enumerable.Range(0, Bandits).Select(TenArmedBandit.Draw).ToArray();
var models = bandits.Select(bandit => bandit.Compile()).ToArray();
var bestMean = bandits.Average(bandit => bandit.Means.Max());

Console.WriteLine($"Ten-armed bandits: {Bandits} of them, arm means drawn from N(4, 1), payout = mean ± 1; {Pulls:N0} pulls each.");
Console.WriteLine($"The best arm pays {bestMean:0.00} on average over the bandits; an arm chosen at random, {bandits.Average(b => b.Means.Average()):0.00}.");
Console.WriteLine();
Console.WriteLine("policy gradient                  mean reward, last 100 pulls   π(best arm) at the end   best arm most likely");

var chart = new LineChart
{
    Title = "Softmax policy gradient on the ten-armed testbed",
    Subtitle = $"reward per pull, averaged over {Bandits} bandits and the last 10 pulls; dashed: the best arm's mean",
    XCaption = "pull",
    YCaption = "average reward",
};
foreach (var (rate, baseline) in new[] { (0.1, true), (0.4, true), (0.1, false), (0.4, false) })
{
    var name = $"α = {rate}, {(baseline ? "with" : "without")} baseline";
    var runs = models.Select((model, run) => model.PolicyGradient(new PolicyGradientOptions
    {
        Episodes = Pulls,
        LearningRate = rate,
        Baseline = baseline,
        // 1/n: the baseline is the exact average of the rewards so far, as in Sutton & Barto.
        BaselineLearningRate = Schedule.Decaying(1, 1),
        Seed = run,
    })).ToArray();

    var curve = Enumerable.Range(0, Pulls).Select(pull => runs.Average(run => run.Returns[pull])).ToArray();
    var bestProbability = runs.Select((run, i) => run.Policy.Probability(TenArmedBandit.Phase.Ready, bandits[i].Best)).ToArray();
    var bestChosen = runs.Where((run, i) => run.Policy.Act(TenArmedBandit.Phase.Ready) == bandits[i].Best).Count();
    Console.WriteLine($"{name,-33}{curve[^100..].Average(),14:0.00}{bestProbability.Average(),26:0.00}{100.0 * bestChosen / Bandits,20:0}%");
    chart.AddSeries(name, LineChart.MovingAverage(curve, 10));
}
chart.AddReferenceLine("best arm", bestMean);

Console.WriteLine();
Console.WriteLine("""
    Without a baseline every payout is positive, so every pull makes its arm more likely, the good and the bad:
    the policy drifts toward whatever it happened to pull early. The baseline (the average reward so far) turns a
    payout into better or worse than expected, the reward-prediction error, and the policy climbs toward the best arm.
    """);
var path = chart.SaveSvg(Path.Combine(outputFolder, "bandit-policy-gradient.svg"));
Console.WriteLine($"Wrote {(Path.IsPathRooted(outputFolder) ? path : Path.GetRelativePath(Environment.CurrentDirectory, path))}");
