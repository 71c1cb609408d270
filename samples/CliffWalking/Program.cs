using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using MdpDsl;
using MdpDsl.Plotting;
using Samples.CliffWalking;
using static Samples.CliffWalking.Cliff;

// The same digits on every machine, and Greek letters that survive consoles with a legacy code page (Windows).
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;
var outputFolder = args.Length > 0 ? args[0] : "output";

// Sutton & Barto's settings: ε = 0.1 and α = 0.5, 500 episodes, curves averaged over independent runs.
const int Runs = 50, Episodes = 500;
const double Epsilon = 0.1, Rate = 0.5;
var model = Compile();
var optimal = model.ValueIteration();
Console.WriteLine($"Cliff walking: {Width} × {Height} cells, −1 a step, −100 and back to the start for stepping into the cliff.");
Console.WriteLine($"The shortest path, along the cliff edge, returns {optimal.V[Start]:0}. Each learner: {Runs} runs of {Episodes} episodes.");
Console.WriteLine();

var learners = new (string Name, Func<int, ActionValueResult<Cell, Move>> Learn)[]
{
    ($"Q-learning, ε = {Epsilon}", seed => model.QLearning(new QLearningOptions { Episodes = Episodes, LearningRate = Rate, Exploration = Epsilon, Seed = seed })),
    ($"SARSA, ε = {Epsilon}", seed => model.Sarsa(new SarsaOptions { Episodes = Episodes, LearningRate = Rate, Exploration = Epsilon, Seed = seed })),
    ("soft Q-learning, T = 0.5", seed => model.SoftQLearning(new SoftQLearningOptions { Episodes = Episodes, LearningRate = Rate, Temperature = 0.5, Seed = seed })),
    ("soft Q-learning, T = 0.7", seed => model.SoftQLearning(new SoftQLearningOptions { Episodes = Episodes, LearningRate = Rate, Temperature = 0.7, Seed = seed })),
};

var curves = new LineChart
{
    Title = "Cliff walking: return per episode while learning",
    Subtitle = $"averaged over {Runs} runs and the last 10 episodes; dashed: the shortest path's return",
    XCaption = "episode",
    YCaption = "sum of rewards in the episode",
    YRange = (-120, 0),
};
var maps = new Figure { Title = "The paths the learners settle on", Subtitle = $"share of the {Runs} runs whose learned policy passes each cell", Columns = 2, Width = 1100, Height = 520 };
Console.WriteLine("learner                      return, last 100 episodes   learned path runs along row 1 / 2 / 3 / misses the goal");
foreach (var (name, learn) in learners)
{
    var runs = Enumerable.Range(0, Runs).Select(learn).ToArray();
    var curve = Enumerable.Range(0, Episodes).Select(e => runs.Average(run => run.Returns[e])).ToArray();
    var paths = runs.Select(run => LearnedPath(run.Policy)).ToArray();
    // The row holding most of the path's cells above the cliff; 0 for a path that never reaches the goal (with a
    // constant step size the greedy moves of a run cut short can still circle).
    var rowOf = paths.Select(path => path.Contains(Goal)
        ? path.Where(cell => cell.X is > 0 and < Width - 1).GroupBy(cell => cell.Y).MaxBy(row => row.Count())!.Key
        : 0).ToArray();
    var rows = new[] { 1, 2, 3, 0 }.Select(row => rowOf.Count(y => y == row)).ToArray();
    Console.WriteLine($"{name,-29}{curve[^100..].Average(),14:0.0}{string.Join(" / ", rows.Select(r => $"{100.0 * r / Runs:0}%")),33}");
    curves.AddSeries(name, LineChart.MovingAverage(curve, 10));
    maps.Add(PathMap(name, paths));
}
curves.AddReferenceLine("shortest path", optimal.V[Start]);

Console.WriteLine();
Console.WriteLine("""
    Q-learning learns the values of the greedy policy, which walks the cliff edge; while it explores, one random
    step in ten can drop it off the edge, so its returns while learning are the worst. SARSA learns the values of
    the ε-greedy behaviour it follows, prices in that risk and keeps a row or two away from the edge. Soft
    Q-learning explores by its Boltzmann policy, which gives a step into the cliff a probability of about
    exp(−100 / T): at T = 0.5 it walks the edge and almost never falls, the best returns of the four. At T = 0.7
    each step's entropy bonus T·ln 4 ≈ 0.97 nearly pays for the step, so keeping all four moves open is worth
    a detour: it settles one row up, the safer path, and wanders on the way, which the rewards alone count as a cost.
    """);
Console.WriteLine();
foreach (var path in new[]
{
    curves.SaveSvg(Path.Combine(outputFolder, "cliff-walking-learning-curves.svg")),
    maps.SaveSvg(Path.Combine(outputFolder, "cliff-walking-paths.svg")),
})
    Console.WriteLine($"Wrote {(Path.IsPathRooted(outputFolder) ? path : Path.GetRelativePath(Environment.CurrentDirectory, path))}");

// The cells visited by following the policy's most likely move from the start (a policy that circles stops after
// every cell has been visited once).
static HashSet<Cell> LearnedPath(Policy<Cell, Move> policy)
{
    var cell = Start;
    var visited = new HashSet<Cell> { cell };
    while (!IsGoal(cell) && visited.Count < Width * Height)
    {
        cell = Step(cell, policy.Act(cell));
        if (!visited.Add(cell))
            break;
    }
    return visited;
}

static HeatMap PathMap(string title, IReadOnlyList<HashSet<Cell>> paths)
{
    var map = new HeatMap(Width, Height) { Title = title, Range = (0, 1), ShowColorBar = false };
    foreach (var cell in States)
    {
        if (!IsCliff(cell))
            map.SetValue(cell.X, cell.Y, (double)paths.Count(path => path.Contains(cell)) / paths.Count);
    }
    map.SetLabel(Start.X, Start.Y, "S");
    map.SetLabel(Goal.X, Goal.Y, "G");
    return map;
}
