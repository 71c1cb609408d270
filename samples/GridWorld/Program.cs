using System;
using Samples.GridWorld;

var model = new GridWorld().Compile();
var solution = model.ValueIteration();
Console.WriteLine($"{solution.Iterations} {solution.Converged} {solution.V[GridWorld.Start]}");
