using System;
using System.Globalization;
using System.IO;
using MdpDsl;
using MdpDsl.Plotting;
using Samples.Inventory;
using static Samples.Inventory.Inventory;
using static Samples.Inventory.ShopLearners;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var outputFolder = args.Length > 0 ? args[0] : "output";
int[] seeds = [1, 2, 3, 4, 5];

// 1. A shop small enough to compile: the approximate learners against exact soft value iteration.
var small = new Inventory(products: 2, capacity: 7);
var model = small.Compile();
var exact = model.SoftValueIteration(Temperature).EnsureConverged();
var start = small.Opening();
Console.WriteLine($"Small shop: {model}");
Console.WriteLine($"Soft value iteration at T = {Temperature}: V*(start) = {exact.V[start]:F2}");
Console.WriteLine($"{FeatureCount} features per state from the generated encoder (one-hot stock per shelf).");
Console.WriteLine();
Console.WriteLine("learner          seed  mean TV  V^π(start)  V* − V^π");
foreach (var learner in new[] { Learner.SoftQLearning, Learner.Sac })
{
    foreach (var seed in seeds)
    {
        var learned = Learn(learner, small.CreateSimulator(stepLimit: 500), episodes: 200, seed);
        var policy = model.CreatePolicy((s, a) => learned.Policy.Probability(s, a));
        var meanTv = MeanTotalVariation(model, policy, exact.Policy);
        var value = model.SoftPolicyEvaluation(policy, Temperature).V[start];
        Console.WriteLine($"{learner,-16} {seed,4}  {meanTv,7:F3}  {value,10:F2}  {exact.V[start] - value,9:F3}");
    }
}

// 2. A shop far too large for a table: 16⁸ ≈ 4.3 × 10⁹ states.
var large = new Inventory(products: 8, capacity: 15);
Console.WriteLine();
Console.WriteLine($"Large shop: {large.StateSpaceSize:N0} states.");
try
{
    large.Compile();
}
catch (ModelValidationException e)
{
    Console.WriteLine($"Compile() refuses it: {e.Message}");
}

var judge = large.CreateSimulator(stepLimit: 700);   // γ^700 < 0.001: the rollouts see nearly all of the discounted return
const int Rollouts = 200;
var chart = new LineChart
{
    Title = "Learning without a table: the 8-product shop",
    XCaption = "episode (500 steps)",
    YCaption = "return, mean of the last 10 episodes",
};
Console.WriteLine($"Mean discounted return from the opening over {Rollouts} rollouts of 700 steps (± standard error):");
foreach (var learner in new[] { Learner.SoftQLearning, Learner.Sac })
{
    var learned = Learn(learner, large.CreateSimulator(stepLimit: 500), episodes: 300, seed: 1);
    chart.AddSeries(learner.ToString(), LineChart.MovingAverage(learned.Returns, 10));
    Console.WriteLine($"  {learner,-30} {judge.Evaluate(learned.Policy, Rollouts, seed: 7)}   " +
                      $"({learned.Steps:N0} steps in {learned.Elapsed.TotalSeconds:F1} s, {learned.StepsPerSecond:N0} steps/s)");
}
var never = judge.Evaluate(_ => Refill.Nothing, Rollouts, seed: 7);
var whenEmpty = judge.Evaluate(large.RefillWhenEmpty, Rollouts, seed: 7);
Console.WriteLine($"  {"baseline: never refill",-30} {never}");
Console.WriteLine($"  {"baseline: refill when empty",-30} {whenEmpty}");
chart.AddReferenceLine("never refill (700 steps, discounted)", never.Mean);
Directory.CreateDirectory(outputFolder);
foreach (var path in new[] { chart.SaveSvg(Path.Combine(outputFolder, "inventory-learning-curve.svg")), chart.SavePng(Path.Combine(outputFolder, "inventory-learning-curve.png")) })
    Console.WriteLine($"Wrote {(Path.IsPathRooted(outputFolder) ? path : Path.GetRelativePath(Environment.CurrentDirectory, path))}");
