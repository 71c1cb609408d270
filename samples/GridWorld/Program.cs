using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using MdpDsl;
using MdpDsl.Plotting;
using Samples.GridWorld;
using static Samples.GridWorld.GridWorld;

// The same digits on every machine, and arrows that survive consoles with a legacy code page (Windows).
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;
var outputFolder = args.Length > 0 ? args[0] : "output";

var world = new GridWorld();
var model = world.Compile();
Console.WriteLine($"GridWorld: {Size} × {Size} cells, start ({Start.X},{Start.Y}), goal G ({Goal.X},{Goal.Y}), pit X ({Pit.X},{Pit.Y}).");
Console.WriteLine($"A step costs 1, falling into the pit 10; a move slips sideways with probability {world.Slip}; γ = {model.Discount}.");
Console.WriteLine($"Compiled: {model}");

// Temperatures are in reward units: a step's entropy bonus is at most T·ln 4, to set against a step cost of 1.
const double Warm = 0.5, Cool = 0.1;
var optimal = model.ValueIteration();
var warm = model.SoftValueIteration(Warm);
var cool = model.SoftValueIteration(Cool);

Console.WriteLine();
PrintConvergence("Value iteration", optimal);
PrintConvergence($"Soft value iteration, T = {Warm}", warm);
PrintConvergence($"Soft value iteration, T = {Cool}", cool);

Console.WriteLine();
ConsoleGrid.PrintSideBySide(
    ConsoleGrid.Draw("Greedy policy", cell => ConsoleGrid.Mark(cell) ?? ConsoleGrid.Arrow(optimal.Policy.Act(cell))),
    ConsoleGrid.Draw("Optimal values V*(s)", cell => ConsoleGrid.Mark(cell) ?? optimal.V[cell].ToString("0.00")));

Console.WriteLine();
Console.WriteLine("Soft policies π(a|s) = exp((Q(s,a) − V(s)) / T) in a few cells:");
ProbabilityTable.Print(
    [(Start, "start"), (new(2, 2), "west of the pit"), (new(3, 1), "south of the pit"), (new(4, 2), "between pit and wall"), (new(4, 3), "below the goal")],
    optimal.Policy,
    [($"T = {Warm}", warm.Policy), ($"T = {Cool}", cool.Policy)]);
Console.WriteLine();
Console.WriteLine($"""
    Randomness earns up to T·ln 4 per step: {Warm * Math.Log(4):0.00} at T = {Warm}, most of a step's cost of 1, so that policy spreads
    over the moves that keep clear of the pit; only {Cool * Math.Log(4):0.00} at T = {Cool}, so that policy is nearly greedy.
    """);

Console.WriteLine();
// Each picture as SVG, for documents and the web, and as PNG.
var pictures = new (Picture Picture, string Name)[]
{
    (Pictures.GreedyMap(model, optimal, "Value iteration: V*(s) and the greedy move"), "gridworld-value-iteration"),
    (Pictures.Comparison(
            model,
            "Hard and soft value iteration",
            "arrow length ∝ probability of the move (the likeliest at full length); soft values include the entropy bonus",
            (optimal, "Value iteration"), (warm, $"Soft, T = {Warm}"), (cool, $"Soft, T = {Cool}")),
        "gridworld-soft-value-iteration"),
};
var written = pictures.SelectMany(p => new[]
{
    p.Picture.SaveSvg(Path.Combine(outputFolder, p.Name + ".svg")),
    p.Picture.SavePng(Path.Combine(outputFolder, p.Name + ".png")),
});
foreach (var path in written)
    Console.WriteLine($"Wrote {(Path.IsPathRooted(outputFolder) ? path : Path.GetRelativePath(Environment.CurrentDirectory, path))}");

static void PrintConvergence(string solver, Solution<Cell, Move> solution) =>
    Console.WriteLine($"{solver}: V(start) = {solution.V[Start]:0.00}. {solution}");
