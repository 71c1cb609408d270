using System;
using System.Globalization;
using System.IO;
using System.Text;
using MdpDsl;
using Samples.Lottery;

// The same digits on every machine, and Greek letters that survive consoles with a legacy code page (Windows).
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;
var outputFolder = args.Length > 0 ? args[0] : "output";

var lottery = new Lottery();
var model = lottery.Compile();

// Exact inference with the default uniform action prior p(a|s) = 1/2, over the model's horizon of 3 steps; soft
// value iteration at temperature 1, the structured variational answer of the same graphical model.
var exact = model.Inference();
var soft = model.SoftValueIteration();
// Plain value iteration gives the expected reward of each choice: the yardstick both are measured against.
var expected = model.ValueIteration();

var comparison = new Comparison(model, exact, soft);
var report = new Report(lottery, comparison);
report.Introduce(expected);
report.Values();
report.Start();
report.Dynamics();
report.Evidence();
report.Trajectories(draws: 10_000, seed: 2026);

Console.WriteLine();
var path = Pictures.Comparison(comparison).SaveSvg(Path.Combine(outputFolder, "lottery.svg"));
Console.WriteLine($"Wrote {(Path.IsPathRooted(outputFolder) ? path : Path.GetRelativePath(Environment.CurrentDirectory, path))}");
