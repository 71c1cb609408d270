using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using MdpDsl;
using Samples.JacksCarRental;

var model = JacksCarRental.Compile();
Console.WriteLine($"Jack's car rental: {model.Compilation}.");

// Each solve takes a second or more: ConsoleProgress prints how far along it is, once a second, on standard error.
var clock = Stopwatch.StartNew();
var policyIteration = model.PolicyIteration(progress: new ConsoleProgress()).EnsureConverged();
Console.WriteLine($"Policy iteration: {policyIteration.Iterations} improvements, {clock.ElapsedMilliseconds} ms.");
clock.Restart();
var valueIteration = model.ValueIteration(tolerance: 1e-6, progress: new ConsoleProgress()).EnsureConverged();
Console.WriteLine($"Value iteration: {valueIteration.Iterations} sweeps, {clock.ElapsedMilliseconds} ms.");

var gap = JacksCarRental.States.Max(s => Math.Abs(policyIteration.V[s] - valueIteration.V[s]));
Console.WriteLine($"Largest difference between the two value functions: {gap.ToString("G3", CultureInfo.InvariantCulture)}.");
Console.WriteLine();

// Figure 4.2 draws the first location's cars up the side and the second's along the bottom.
Console.WriteLine("Policy: cars moved overnight from the first location to the second (rows: cars at the first)");
Console.WriteLine(policyIteration.Policy.ToGrid(rowField: nameof(JacksCarRental.Lots.First)));
Console.WriteLine("V*: expected discounted profit in dollars");
Console.WriteLine(policyIteration.V.ToGrid(rowField: nameof(JacksCarRental.Lots.First)));
Console.WriteLine($"V*(10, 10) = {policyIteration.V[new JacksCarRental.Lots(10, 10)].ToString("F2", CultureInfo.InvariantCulture)}");
